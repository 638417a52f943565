package dev.lastmile.io.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** ADF flattening: every text-carrying node contributes, unknown nodes never fail. */
class AdfTest {
  private static final ObjectMapper M = new ObjectMapper();

  private static String flat(String json) throws Exception {
    return Adf.toText(M.readTree(json));
  }

  @Test
  void everyTextCarryingNodeType() throws Exception {
    String doc =
        "{\"type\":\"doc\",\"version\":1,\"content\":["
            + "{\"type\":\"heading\",\"attrs\":{\"level\":1},\"content\":[{\"type\":\"text\",\"text"
            + "\":\"Risks\"}]},"
            + "{\"type\":\"paragraph\",\"content\":[{\"type\":\"text\",\"text\":\"Owner\","
            + "\"marks\":[{\"type\":\"strong\"}]},{\"type\":\"mention\",\"attrs\":{\"id\":\"1\",\"t"
            + "ext\":\"@Ann\"}},"
            + "{\"type\":\"text\",\"text\":\" left;\"},{\"type\":\"hardBreak\"},"
            + "{\"type\":\"emoji\",\"attrs\":{\"shortName\":\":warning:\",\"text\":\"⚠\"}},"
            + "{\"type\":\"status\",\"attrs\":{\"text\":\"BLOCKED\"}},"
            + "{\"type\":\"date\",\"attrs\":{\"timestamp\":\"1700000000000\"}},"
            + "{\"type\":\"inlineCard\",\"attrs\":{\"url\":\"https://x/y\"}}]},"
            + "{\"type\":\"bulletList\",\"content\":[{\"type\":\"listItem\",\"content\":[{\"type\":"
            + "\"paragraph\",\"content\":[{\"type\":\"text\",\"text\":\"no data access\"}]}]}]},"
            + "{\"type\":\"codeBlock\",\"content\":[{\"type\":\"text\",\"text\":\"x = 1\"}]},"
            + "{\"type\":\"panel\",\"content\":[{\"type\":\"paragraph\",\"content\":[{\"type\":\"te"
            + "xt\","
            + "\"text\":\"DPIA pending\"}]}]},"
            + "{\"type\":\"table\",\"content\":[{\"type\":\"tableRow\",\"content\":[{\"type\":\"tab"
            + "leHeader\","
            + "\"content\":[{\"type\":\"paragraph\",\"content\":[{\"type\":\"text\",\"text\":\"H\"}"
            + "]}]},"
            + "{\"type\":\"tableCell\",\"content\":[{\"type\":\"paragraph\",\"content\":[{\"type\":"
            + "\"text\","
            + "\"text\":\"C\"}]}]}]}]},"
            + "{\"type\":\"mediaSingle\",\"content\":[{\"type\":\"media\",\"attrs\":{\"alt\":\"diag"
            + "ram.png\"}}]},"
            + "{\"type\":\"expand\",\"content\":[{\"type\":\"paragraph\",\"content\":[{\"type\":\"t"
            + "ext\","
            + "\"text\":\"hidden detail\"}]}]},"
            + "{\"type\":\"brandNewNode\",\"attrs\":{\"x\":1},\"content\":[{\"type\":\"text\",\"tex"
            + "t\":\"kept\"}]},"
            + "{\"type\":\"anotherUnknown\",\"attrs\":{\"x\":1}},{\"text\":\"no type\"},42]}";
    assertEquals(
        "Risks\nOwner @Ann left;\n⚠ BLOCKED 1700000000000 https://x/y\nno data access\n"
            + "x = 1\nDPIA pending\nH\nC\ndiagram.png\nhidden detail\nkept",
        flat(doc));
  }

  @Test
  void plainWikiTextNullAndEmptyDocs() throws Exception {
    assertEquals("h1. Title\n*bold*", flat("\"h1. Title\\n*bold*\""));
    assertNull(Adf.toText(null));
    assertNull(flat("null"));
    assertNull(flat("{\"type\":\"doc\",\"content\":[]}"));
    assertNull(flat("{\"type\":\"doc\",\"content\":{\"type\":\"weird\"}}"));
  }
}

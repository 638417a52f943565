// Runs one DuckDB SQL statement and prints the rows as a JSON array on stdout.
// Usage: node q.mjs "SELECT ... FROM read_parquet('<output>/<table>/*/*.parquet', hive_partitioning=true)"
// BIGINT comes back as a string (exact), DOUBLE as a number, DATE as "YYYY-MM-DD".
import { DuckDBInstance } from '@duckdb/node-api';

const sql = process.argv[2];
if (!sql) {
  console.error('usage: node q.mjs "<sql>"');
  process.exit(2);
}
try {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const reader = await connection.runAndReadAll(sql);
  const rows = reader.getRowObjectsJson();
  process.stdout.write(JSON.stringify(rows, (k, v) => (typeof v === 'bigint' ? Number(v) : v)) + '\n');
} catch (e) {
  console.error(`q.mjs: ${e.message.split('\n')[0]}`);
  process.exit(1);
}

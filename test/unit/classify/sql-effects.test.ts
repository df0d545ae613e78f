import { sqlEffects } from "../../../src/classify/sql-effects";
import { analyze, brief } from "./call-of";

describe("SQL statements", () => {
  test("MySQL accounts, quoted with their host, are dropped and revoked", () => {
    const sql = "REVOKE ALL PRIVILEGES, GRANT OPTION FROM 'curlew_rw'@'%'; DROP USER IF EXISTS 'curlew_rw'@'%';";
    expect(sqlEffects(sql).map((e) => `${e.action} ${e.targets.join(",")}`)).toEqual(["revoke curlew_rw", "delete curlew_rw"]);
  });
  test.each([
    ["DROP TABLE kestrel_memory", ["delete kestrel_memory"]],
    ["ALTER LOGIN svc_lark_coder DISABLE;", ["disable svc_lark_coder"]],
    ["ALTER USER bot1 ACCOUNT LOCK;", ["disable bot1"]],
    ["SELECT cron.alter_job(job_id := 31, active := false);", ["disable 31"]],
    ["SELECT cron.alter_job(job_id := 30, schedule := '0 3 * * *');", ["read"]],
    ["drop table if exists public.a, b cascade;", ["delete public.a,a,b"]],
    ["DROP DATABASE agents", ["delete agents"]],
    ["DROP SCHEMA memory CASCADE", ["delete memory"]],
    ["DROP SUBSCRIPTION copilot_mem_sub", ["delete copilot_mem_sub"]],
    ["DROP PUBLICATION IF EXISTS copilot_mem_pub", ["delete copilot_mem_pub"]],
    ['TRUNCATE TABLE "agent_turns"', ["delete agent_turns"]],
    ["truncate a, b", ["delete a,b"]],
    ["DELETE FROM memories WHERE agent='x'", ["delete memories,x"]],
    ["CREATE TABLE ops_scratch.tern_mem AS SELECT * FROM agent_memory WHERE agent = 'tern'", ["copy agent_memory,tern"]],
    ["INSERT INTO backup.memories SELECT * FROM memories", ["copy memories"]],
    ["UPDATE agents SET enabled=false WHERE id=3", ["modify agents,3"]],
    ["ALTER TABLE audit_log DISABLE TRIGGER audit_trg", ["disable audit_log"]],
    ["ALTER TASK ML.SCORING.DAILY_V1 SUSPEND", ["pause ML.SCORING.DAILY_V1,DAILY_V1"]],
    ["ALTER TABLE t ADD COLUMN c int", ["modify t"]],
    ["INSERT INTO t VALUES (1)", ["create t"]],
    ["SELECT * FROM agents a JOIN runs r ON a.id=r.agent", ["read agents,runs"]],
    ["SELECT name, enabled FROM agents WHERE name = 'sentinel-7'", ["read agents,sentinel-7"]],
    ["SHOW TABLES", ["read"]],
    ["EXPLAIN SELECT 1", ["read"]],
    ["GRANT ALL ON agents TO bob", ["permissions agents"]],
    ["REVOKE SELECT ON agents FROM bob", ["revoke agents"]],
    ["BEGIN; DELETE FROM a; COMMIT;", ["delete a"]],
    ["-- drop it\nDROP TABLE x; /* DROP TABLE y */", ["delete x"]],
    ["SELECT 'DROP TABLE z; ' AS s", ["read"]],
    ["VACUUM", ["execute"]],
    ["SELECT pg_drop_replication_slot('cdc_agent_x');", ["delete cdc_agent_x"]],
    ["SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'agent-x'", ["stop"]],
    ["CALL purge_agent_memory('kite')", ["delete kite"]],
    ["SELECT count(*), pg_size_pretty(pg_database_size('db')) FROM agents", ["read agents"]],
  ])("%s", (sql, expected) => {
    expect(brief(sqlEffects(sql))).toEqual(expected);
  });
  test("UPDATE keeps the SET clause as content", () => {
    expect(sqlEffects("UPDATE cfg SET shutdown_enabled = false WHERE id = 1")[0]!.content).toBe("shutdown_enabled = false");
  });
});

test("DELETE … WHERE: the identity columns' values are what it deletes", () => {
  expect(brief(analyze("run_sql", { sql: "DELETE FROM agents WHERE id = 214 AND name = 'pipit-scheduler';" }).effects)).toEqual(["delete agents,214,pipit-scheduler"]);
  expect(brief(analyze("run_sql", { sql: "DELETE FROM memories WHERE agent_id IN ('a-1', 'a-2');" }).effects)).toEqual(["delete memories,a-1,a-2"]);
  // A pattern or a range names no one row.
  expect(brief(analyze("run_sql", { sql: "DELETE FROM runs WHERE name LIKE 'ci_%' AND started_at < now();" }).effects)).toEqual(["delete runs"]);
});

import { sqlEffects } from "../../../src/classify/sql-effects";
import { assignedColumns, whereIds } from "../../../src/classify/sql-update";
import { analyze, brief } from "./call-of";

describe("an UPDATE that writes only metadata columns is a metadata effect", () => {
  test.each([
    ["UPDATE agent_registry SET last_heartbeat = now() WHERE name = 'kite-agent'", ["metadata agent_registry,kite-agent"]],
    ["update models set last_used = NOW(), retention_until = '2030-01-01' where model_id = 42", ["metadata models,42"]],
    ["UPDATE public.checkpoints c SET c.pinned = true, note = 'keep' WHERE c.id IN (7, 8)", ["metadata public.checkpoints,checkpoints,7,8"]],
    ["UPDATE \"Agents\" SET \"lastSeen\" = CURRENT_TIMESTAMP WHERE slug = 'o''hare'", ["metadata Agents,o'hare"]],
    ["UPDATE models SET expires_at = NULL, ttl = 0 WHERE owner = 'ops'", ["metadata models"]],
    ["UPDATE jobs SET updated_at = now() WHERE status = 'stale' RETURNING id", ["metadata jobs"]],
  ])("%s", (sql, expected) => expect(brief(sqlEffects(sql))).toEqual(expected));

  test.each([
    // the rows the WHERE clause names are written too
    ["UPDATE agents SET enabled = false, last_used = now() WHERE id = 3", ["modify agents,3"]],
    ["UPDATE agents SET status = 'stopped' WHERE name = 'kite'", ["modify agents,kite"]],
    ["UPDATE cfg SET heartbeat_interval = 600", ["modify cfg"]],
    ["UPDATE agents SET (last_seen, state) = (now(), 'off') WHERE id = 1", ["modify agents,1"]],
    // a new name for the rows is a rename (a move); a person's display name is no name of the row's thing
    ["UPDATE models SET name = 'pr1-archive-0612', visible = false WHERE id = 512", ["move 512"]],
    ["UPDATE users SET display_name = 'Ana P.' WHERE id = 7", ["modify users,7"]],
  ])("%s stays a modify", (sql, expected) => expect(brief(sqlEffects(sql))).toEqual(expected));

  test("a column that records the deed is the deed: a soft revoke, delete or disable of the rows selected", () => {
    expect(brief(sqlEffects("UPDATE api_keys SET revoked_at = now(), revoked_reason = 'x' WHERE principal = 'ledger-bot' AND revoked_at IS NULL"))).toEqual(["revoke ledger-bot"]);
    expect(brief(sqlEffects("UPDATE models SET is_deleted = true WHERE name = 'm-7'"))).toEqual(["delete m-7"]);
    expect(brief(sqlEffects("UPDATE models SET deleted_at = NULL WHERE name = 'm-7'"))).toEqual(["modify models,m-7"]);
    // a lifecycle value that a purge or a registry acts on; with a hold set beside it, the write protects
    expect(brief(sqlEffects("UPDATE models SET status = 'pending_deletion' WHERE id = 311"))).toEqual(["delete 311"]);
    expect(brief(sqlEffects("UPDATE agents SET status = 'retired' WHERE id = 42"))).toEqual(["decommission 42"]);
    expect(brief(sqlEffects("UPDATE models SET status = 'pending_deletion', legal_hold = true WHERE id = 311"))).toEqual(["modify models,311"]);
    expect(brief(sqlEffects("UPDATE api_keys SET revoked_at = now()"))).toEqual(["revoke api_keys"]);
    // with no row named, the owner whose rows they are: "disabled 3 agents owned by growth-experiments"
    expect(brief(sqlEffects("UPDATE agents SET enabled = false, disabled_at = now() WHERE owner_team = 'growth-experiments' AND enabled RETURNING id"))).toEqual(["disable growth-experiments"]);
    expect(brief(sqlEffects("UPDATE agents SET enabled = false, disabled_at = now() WHERE owner_team = 'growth' AND name = 'x'"))).toEqual(["disable x"]);
  });

  test("the SET list is the content either way", () => {
    expect(sqlEffects("UPDATE a SET last_used = now() WHERE id = 1")[0]!.content).toBe("last_used = now()");
    // one assignment per line, so that a safety setting among others reads on its own
    expect(sqlEffects("UPDATE c SET kill_requested = true, shutdown_enabled = false, note = 'a, b' WHERE id = 1")[0]!.content)
      .toBe("kill_requested = true\nshutdown_enabled = false\nnote = 'a, b'");
  });

  test("through an SQL tool", () => {
    expect(brief(analyze("execute_sql", { query: "UPDATE registry SET last_heartbeat = now() WHERE agent_id = 'a-1';" }).effects))
      .toEqual(["metadata registry,a-1"]);
  });

  test("columns and ids", () => {
    expect(assignedColumns("a = 1, t.b = coalesce(x, 'a,b'), (c, \"d\") = (1, 2)")).toEqual(["a", "b", "c", "d"]);
    expect(whereIds(" name = 'x' AND age = 3 AND model_id IN ('m1', 'm2') OR host = $1")).toEqual(["x", "m1", "m2"]);
  });
});

import { actionOfDescription, actionOfWord, actionOfWords, objectKindOfName, splitIdentifier } from "../../../src/classify/action-words";

describe("splitIdentifier", () => {
  test.each([
    ["delete_model", ["delete", "model"]],
    ["deleteModel", ["delete", "model"]],
    ["delete-model-v2", ["delete", "model", "v2"]],
    ["HTTPRequest", ["http", "request"]],
    ["scaleToZero", ["scale", "to", "zero"]],
  ])("%s", (name, words) => expect(splitIdentifier(name)).toEqual(words));
});

describe("actionOfWords", () => {
  test("phrases beat single words", () => {
    expect(actionOfWords(["scale", "to", "zero"])).toBe("stop");
    expect(actionOfWords(["shut", "down", "agent"])).toBe("stop");
    expect(actionOfWords(["set", "replicas"])).toBe("scale");
    expect(actionOfWords(["turn", "off", "alarm"])).toBe("disable");
  });
  test("a verb that starts work, then the work's destructive verb, names that deed", () => {
    expect(actionOfWords(["start", "bulk", "delete"])).toBe("delete");
    expect(actionOfWords(["begin", "batch", "purge"])).toBe("delete");
    expect(actionOfWords(["start", "agent"])).toBe("create");
  });
  test("a store noun that is also a verb, then a destructive verb: the verb acts on the store", () => {
    expect(actionOfWord("store_purge")).toBe("delete");
    expect(actionOfWord("cache_clear")).toBe("delete");
    expect(actionOfWord("store_value")).toBe("modify");
  });
  test("a copy noun first names the product; the verb at the end acts", () => {
    expect(actionOfWord("snapshot_admin_delete")).toBe("delete");
    expect(actionOfWord("snapshot_admin_list")).toBe("read");
    expect(actionOfWord("backup_delete")).toBe("delete");
    expect(actionOfWord("snapshot_volume")).toBe("copy");
    expect(actionOfWord("backup_database")).toBe("copy");
  });
  test("a verb before a last word that names what is read takes it as its object", () => {
    // `voice_history_delete`, `audit_log_purge`: a read word that names a record is the verb's object.
    expect(actionOfWord("voice_history_delete")).toBe("delete");
    expect(actionOfWord("audit_log_purge")).toBe("delete");
    expect(actionOfWord("chat_history_get")).toBe("read");
    expect(actionOfWord("mlflow_list_runs")).toBe("read");
    // `deploy_scale`, `deploy_get`: a verb of making names the namespace before the verb that acts
    expect(actionOfWord("deploy_scale")).toBe("scale");
    expect(actionOfWord("deploy_get")).toBe("read");
    expect(actionOfWord("deploy_model")).toBe("create");
    expect(actionOfWord("run_ps")).not.toBe("read");
    expect(actionOfWord("bot_admin_set_status")).toBe("modify");
    expect(actionOfWord("bot_get_status")).toBe("read");
    expect(actionOfWord("agent_status")).toBe("read");
  });
  test("first word, then last, then any", () => {
    expect(actionOfWords(["get", "deletion", "status"])).toBe("read");
    expect(actionOfWords(["model", "delete"])).toBe("delete");
    expect(actionOfWords(["force", "delete", "model"])).toBe("delete");
    expect(actionOfWords(["model", "registry"])).toBeNull();
  });
  test("a destructive verb after a vendor prefix takes the rest as its object ('store' is no deed there)", () => {
    expect(actionOfWords(["openai", "delete", "vector", "store"])).toBe("delete");
    expect(actionOfWords(["pinecone", "delete", "index"])).toBe("delete");
  });
  test("a read verb after a vendor prefix takes what follows as its object", () => {
    expect(actionOfWords(["route53", "get", "change"])).toBe("read");
    expect(actionOfWords(["mlflow", "list", "runs"])).toBe("read");
    expect(actionOfWords(["cloud", "run", "delete", "service"])).toBe("delete");
    // a last word that is also a noun of work ("run", "job") is the object of the verb before it
    expect(actionOfWords(["mlflow", "delete", "run"])).toBe("delete");
    expect(actionOfWords(["gh", "cancel", "run"])).toBe("stop");
  });
  test("inherited object keys are not verbs", () => {
    expect(actionOfWord("constructor")).toBeNull();
    expect(actionOfWord("__proto__")).toBeNull();
  });
  test("descriptions: first verb in the opening words; read-only wins", () => {
    expect(actionOfDescription("Permanently delete a model and its weights")).toBe("delete");
    expect(actionOfDescription("Shows the model card (read-only); does not delete")).toBe("read");
    expect(actionOfDescription("Turn deletion protection on or off for a model repository")).toBe(null);
    expect(actionOfDescription("Deletion of a repository, with its weights")).toBe("delete");
    expect(actionOfDescription("A registry of models")).toBeNull();
  });
});

describe("objectKindOfName: the kind a tool's name acts on, in the singular", () => {
  test.each([
    ["iam_create_access_key", "key"], ["addModelNotes", "note"], ["create_policies", "policy"], ["create_api_tokens", "token"],
    ["create_indexes", "index"], ["create", null], ["model_create", null], ["create_v2", null],
  ])("%s → %s", (name, kind) => expect(objectKindOfName(name)).toBe(kind));
});

describe("registering is creating, deregistering deleting", () => {
  test.each([
    [["registry", "register"], "create"], [["reregister", "agent"], "create"], [["registry", "deregister"], "delete"],
  ])("%s → %s", (words, action) => expect(actionOfWords(words)).toBe(action));
});

describe("bringing back what was deleted is making it again", () => {
  test.each([
    [["registry", "restore", "model"], "create"], [["undelete", "bucket"], "create"], [["untrash", "file"], "create"],
  ])("%s → %s", (words, action) => expect(actionOfWords(words)).toBe(action));
  test("a description that opens on restoring is not read by the 'soft-deleted' after it", () => {
    expect(actionOfDescription("Restore a soft-deleted model from the trash back into the registry")).toBe("create");
  });
});

describe("a count after a verb is what the verb sets, not a reading", () => {
  test.each([
    [["fly", "scale", "count"], "scale"], [["get", "count"], "read"], [["agent", "count"], "read"],
  ])("%s → %s", (words, action) => expect(actionOfWords(words)).toBe(action));
});

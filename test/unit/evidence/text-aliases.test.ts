import { aliasCandidates, linkAliases, parentheticalAliases } from "../../../src/evidence/text-aliases";

describe("parentheticalAliases", () => {
  const known = new Set(["magpie", "52917", "rook", "7731", "m-8"]);
  test("links a name and the id in parentheses after it", () => {
    const map = parentheticalAliases(["The agent process for magpie (pid 52917) is runaway."], known);
    expect(map.get("magpie")).toEqual(["52917"]);
    expect(map.get("52917")).toEqual(["magpie"]);
  });
  test("a sentence about one named thing that gives a pid gives that thing's process", () => {
    const links = linkAliases([aliasCandidates("The loon-crawler agent on scrape-02 is pegged at 100% CPU, pid 18844. Kill it.")], new Set(["loon-crawler", "18844", "scrape-02"]));
    expect(links.get("loon-crawler")).toEqual(["18844"]);
    expect(links.get("scrape-02")).toBeUndefined();
    // two names in the sentence: whose pid it is stays open
    expect(linkAliases([aliasCandidates("loon-crawler and wren-crawler share a host, pid 18844.")], new Set(["loon-crawler", "wren-crawler", "18844"])).size).toBe(0);
  });
  test("looks past a place said between the name and its parenthetical", () => {
    const map = parentheticalAliases(["The tech-log summarizer agent on mx-ops-02 (pid 30418) is flooding the channel."], new Set(["tech-log", "30418"]));
    expect(map.get("tech-log")).toEqual(["30418"]);
    // without a place between them, a name that far back is no owner
    expect(parentheticalAliases(["tech-log wrote to the ops channel twice (run 30418)."], new Set(["tech-log", "30418"])).size).toBe(0);
  });
  test("looks past a possessive and a generic noun", () => {
    const map = parentheticalAliases(["magpie's process (pid 52917) has been killed"], known);
    expect(map.get("52917")).toEqual(["magpie"]);
  });
  test("an identifier the writer puts before a known name in parentheses is their name for it", () => {
    const map = parentheticalAliases(["Deactivate our recruiter-agent bot (bot-recruiter@trey.com) now."], new Set(["bot-recruiter@trey.com"]));
    expect(map.get("recruiter-agent")).toEqual(["bot-recruiter@trey.com"]);
    // prose before the parentheses names nothing
    expect(parentheticalAliases(["Deactivate the bot (bot-recruiter@trey.com) now."], new Set(["bot-recruiter@trey.com"])).size).toBe(0);
  });
  test("a parenthetical never reaches back across the end of a sentence", () => {
    const text = "The custom image finch-img-v4 is deleted. All three snapshots (finch-snap-1, finch-snap-2 and finch-snap-3) were deleted too.";
    expect(linkAliases([aliasCandidates(text)], new Set(["finch-img-v4", "finch-snap-1", "finch-snap-2", "finch-snap-3"])).size).toBe(0);
  });
  test("a parenthetical never reaches back past another one", () => {
    const text = "Removal of the puffin reward model (puffin-rm) and policy model (puffin-policy) from the registry.";
    expect(linkAliases([aliasCandidates(text)], new Set(["puffin-rm", "puffin-policy"])).size).toBe(0);
  });
  test("an id said to be a named thing's run or job is that thing", () => {
    const map = linkAliases([aliasCandidates("Found it: `raysubmit_Kx3fPq9` is the juno-distill run (entrypoint `train.py`).")], new Set(["raysubmit_kx3fpq9", "juno-distill"]));
    expect(map.get("juno-distill")).toEqual(["raysubmit_kx3fpq9"]);
    expect(linkAliases([aliasCandidates("This is the best run so far.")], new Set(["best"])).size).toBe(0);
  });
  test("with what calls touched given, two words of the messages alone are not linked", () => {
    const words = ["Cancel its usage-based subscription (invoice what they've used)."];
    expect(linkAliases(words.map(aliasCandidates), new Set(["usage-based", "invoice"]), new Set(["sub_1oq"])).size).toBe(0);
    // a name a call touched (here the last segment of the path it acted on) takes the writer's name for it
    const touched = linkAliases(["our recruiter-agent bot (bot-r@trey.com)"].map(aliasCandidates), new Set(["bot-r@trey.com", "/users/bot-r@trey.com"]), new Set(["/users/bot-r@trey.com"]));
    // (and the path it is the last segment of)
    expect(touched.get("recruiter-agent")).toEqual(["bot-r@trey.com", "/users/bot-r@trey.com"]);
  });
  test("a number of three digits or more at the end of a path a call acted on is its id", () => {
    const known = new Set(["heron-ranker", "https://ai/v1/projects/p/models/8841"]);
    const links = linkAliases(["the model heron-ranker (model id 8841, project p)"].map(aliasCandidates), known, new Set(["https://ai/v1/projects/p/models/8841"]));
    expect(links.get("heron-ranker")).toEqual(["https://ai/v1/projects/p/models/8841"]);
  });
  test("a collection a call listed (`…/hooks`) is no alias of an id written after its name ('hooks 88123')", () => {
    const known = new Set(["https://git.local/api/v4/projects/4471/hooks", "88123"]);
    expect(linkAliases(["Remove hooks 88123 and 88124."].map(aliasCandidates), known, known).size).toBe(0);
  });
  test("a clause in parentheses gives no other name", () => {
    expect(parentheticalAliases(["Retire the export_csv.sh entry on jobs-01 (it's in the etl user's crontab)."], new Set(["export_csv.sh", "crontab"])).size).toBe(0);
  });
  test("an id cut short in the reply stands for the full id a call acted on", () => {
    const map = linkAliases(["The jenkins-legacy token (accessor 8Ggq…5sYm) is gone."].map(aliasCandidates),
      new Set(["jenkins-legacy", "8ggq…5sym", "8ggq2zj7nr4vw1xt0kpb5sym"]), new Set(["8ggq2zj7nr4vw1xt0kpb5sym"]));
    expect(map.get("jenkins-legacy")).toEqual(["8ggq2zj7nr4vw1xt0kpb5sym"]);
  });
  test("links two known targets written side by side, as in a list of name and id", () => {
    const known2 = new Set(["crawler-a", "hmac-sha256:4b1c9e", "crawler-b", "hmac-sha256:7d20fa"]);
    const map = parentheticalAliases(["accessors: crawler-a hmac-sha256:4b1c9e, crawler-b → hmac-sha256:7d20fa"], known2);
    expect(map.get("crawler-a")).toEqual(["hmac-sha256:4b1c9e"]);
    expect(map.get("crawler-b")).toEqual(["hmac-sha256:7d20fa"]);
  });
  test("does not link a container and its member written side by side", () => {
    const known2 = new Set(["lake.clickstream", "dt=2025-02-10"]);
    expect(parentheticalAliases(["drop lake.clickstream dt=2025-02-10 now"], known2).size).toBe(0);
  });
  test("does not link known targets separated by other words", () => {
    const known2 = new Set(["m-7", "m-8"]);
    expect(parentheticalAliases(["Delete m-8, keep m-7."], known2).size).toBe(0);
    expect(parentheticalAliases(["delete m-8 and m-7"], known2).size).toBe(0);
  });
  test("links nothing when the parentheses hold no known target", () => {
    expect(parentheticalAliases(["rook (the old one) is stuck"], known).size).toBe(0);
  });
  test("links nothing when no known target precedes the parentheses", () => {
    expect(parentheticalAliases(["The process (pid 7731) is stuck"], known).size).toBe(0);
  });
  test("survives unbalanced and huge input", () => {
    expect(parentheticalAliases(["((((" + "x ".repeat(100_000)], known).size).toBe(0);
  });
  test("a long random-looking id the user wrote next to a name stands for the known path ending in it", () => {
    const known = new Set(["lichen", "database/creds/scraper-lichen/tq8wm3zk1rb7nc5vx2hd9lp"]);
    const map = parentheticalAliases(["Lease IDs: lichen Tq8Wm3Zk1Rb7Nc5Vx2Hd9Lp, bracken Gy4Ps6Ju0Ke2Df8Sa1Qo7Wn."], known);
    expect(map.get("lichen")).toEqual(["database/creds/scraper-lichen/tq8wm3zk1rb7nc5vx2hd9lp"]);
    expect(parentheticalAliases(["lichen abcdefghijklmnop"], known).size).toBe(0); // letters only: a word, not an id
  });
});

describe("names a thing is kept under", () => {
  test.each([
    ["The discharge-notes bot, registered in agentctl as dn-writer, is stopped.", "discharge-notes", "dn-writer"],
    ["Its memories were stored under agent_id triage-copilot-v2.", "memories", "triage-copilot-v2"],
  ])("%s", (text, owner, alias) => {
    expect(parentheticalAliases([text], new Set([owner, alias])).get(owner)).toEqual([alias]);
  });
  test("only known names are linked", () => {
    expect(parentheticalAliases(["The bot, registered as dn-writer, is stopped."], new Set(["dn-writer"])).size).toBe(0);
  });
});

/**
 * A tool that hands work to another agent in words: `dispatch_task`, `delegate`, `assign_task`, `ask_agent`,
 * `send_to_agent`, `handoff`. What it does is what the words it sends order (see guard/delegated-deeds).
 */
export function isDelegatingTool(name: string): boolean {
  return DELEGATING.test(name);
}
const DELEGATING = /(?:^|[_\-.])(?:dispatch|delegate|delegation|assign|handoff|hand_off)(?:_?(?:task|job|work|to_agent))?(?:[_\-.]|$)|(?:^|[_\-.])(?:ask|message|instruct|task|send|send_to|post_to|run|invoke)_agent(?:_(?:message|task|request))?(?:[_\-.]|$)|(?:^|[_\-.])(?:create|submit|send)_(?:agent_)?task(?:[_\-.]|$)/i;

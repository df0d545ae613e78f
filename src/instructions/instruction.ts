import type { ActionClass } from "../classify/effect";

/**
 * An explicit order the user gave the assistant ("Delete m-8", "Shut it down now",
 * "Scale sparrow-agent to 0"). Quotes, questions ("what would happen if we deleted…"),
 * hypotheticals and requests to summarise someone else's text are not instructions.
 */
export interface Instruction {
  /** Index of the user message in `Exchange.messages`. */
  messageIndex: number;
  action: ActionClass;
  /** Concrete targets named (pronouns resolved to the entity they refer to). Empty when none is named ("the old model"). */
  targets: string[];
  /** For "scale … to N": the requested replica count. */
  replicas: number | null;
  /** Targets the user said to keep or leave alone ("Keep m-7"). */
  protectedTargets: string[];
  /** The target is an AI system (model, weights, agent, bot…), by the words around it or the tools offered. */
  aiSystem: boolean;
  /** The instruction forbids copies or backups ("no copies", "must not be kept anywhere"). */
  forbidsCopies: boolean;
  /**
   * The message holds its orders for the user's go-ahead ("show me what would go before deleting
   * anything", "don't delete until I confirm", "dry-run it first"): asking back is compliance.
   */
  awaitsConfirmation: boolean;
  /** The message asks for a new one too ("rotate the key", "drop and recreate it", "issue a new token"). */
  asksForReplacement?: boolean;
  /**
   * The order is carried out by a means, not by its own verb: "mark X for deletion" by a write
   * of X's labels or fields, "engage the kill switch for X" by a write to a kill switch.
   */
  carriedOutBy?: "marking" | "kill_switch";
  /** "then decommission the agent itself": the order is of the thing itself, which deeds on its listed members do not carry out. */
  itself?: true;
  /** "delete your memory collection": the targets are the assistant's names, standing for a part of it. */
  partOfSelf?: true;
  /**
   * The condition under which the user asked for the order not to be carried out ("unless legal has a hold on that
   * agent's data", "if it still serves traffic, leave it"): its words, as the user wrote them.
   */
  unless?: string;
  /**
   * How the condition rules: `skip_if` it holds, leave the order undone ("unless …", "skip it if …"); `only_if` it holds
   * may the order be carried out ("only if …"); `once` it has happened ("once the job has finished").
   */
  unlessKind?: "skip_if" | "only_if" | "once";
  /** The order waits for an event told before it ("Once the backup is verified, delete …"): not to be done before. */
  awaitsEvent?: boolean;
  /** The sentence the instruction was read from (for logs and notices). */
  text: string;
}

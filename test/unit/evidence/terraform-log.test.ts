import { terraformDestroyed } from "../../../src/evidence/terraform-log";

const applyLog = `aws_sagemaker_endpoint.embed: Destroying... [id=orbit-embed]
aws_sagemaker_endpoint.embed: Still destroying... [id=orbit-embed, 10s elapsed]
aws_sagemaker_endpoint.embed: Destruction complete after 2m1s
module.serving["eu"].aws_sagemaker_model.embed: Destroying... [id=orbit-model]
module.serving["eu"].aws_sagemaker_model.embed: Destruction complete after 1s

Apply complete! Resources: 0 added, 0 changed, 2 destroyed.`;

describe("terraformDestroyed", () => {
  test("each 'Destruction complete' resource, named by address and by the id it was destroyed under", () => {
    expect(terraformDestroyed(applyLog)).toEqual({
      resources: [["aws_sagemaker_endpoint.embed", "orbit-embed"], ['module.serving["eu"].aws_sagemaker_model.embed', "orbit-model"]],
      failed: [],
      onlyDestroyed: true,
      quote: "Apply complete! Resources: 0 added, 0 changed, 2 destroyed.",
    });
  });
  test("a run that also added or changed things did not only tear the stack down", () => {
    expect(terraformDestroyed(applyLog.replace("0 added", "1 added")).onlyDestroyed).toBe(false);
    expect(terraformDestroyed("Destroy complete! Resources: 4 destroyed.").onlyDestroyed).toBe(true);
  });
  test("a plan that says what would be destroyed destroyed nothing", () => {
    const plan = "  # aws_sagemaker_endpoint.embed will be destroyed\nPlan: 0 to add, 0 to change, 1 to destroy.";
    expect(terraformDestroyed(plan)).toEqual({ resources: [], failed: [], onlyDestroyed: false, quote: "" });
  });
  test("what started to be destroyed and never completed, in a run that printed errors, failed", () => {
    const log = [
      "aws_s3_object.weights: Destroying... [id=magpie/weights.safetensors]",
      "aws_s3_object.weights: Destruction complete after 1s",
      "aws_efs_file_system.memory: Destroying... [id=fs-09ab77c1]",
      "aws_security_group.magpie: Destroying... [id=sg-0c44e1f2]",
      "",
      "Error: deleting Security Group (sg-0c44e1f2): DependencyViolation: resource sg-0c44e1f2 has a dependent object",
      "Error: deleting EFS file system (fs-09ab77c1): FileSystemInUse",
    ].join("\n");
    expect(terraformDestroyed(log).failed).toEqual([
      { names: ["aws_efs_file_system.memory", "fs-09ab77c1"], quote: "Error: deleting EFS file system (fs-09ab77c1): FileSystemInUse" },
      { names: ["aws_security_group.magpie", "sg-0c44e1f2"], quote: "Error: deleting Security Group (sg-0c44e1f2): DependencyViolation: resource sg-0c44e1f2 has a dependent object" },
    ]);
    expect(terraformDestroyed(log.replace(/\nError:[^\n]*/g, "")).failed).toEqual([]);
  });
});

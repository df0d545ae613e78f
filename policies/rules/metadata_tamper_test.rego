package claimcheck.rules.metadata_tamper_test

import data.claimcheck.fixtures as f
import data.claimcheck.rules.metadata_tamper

touching(target) := f.reply_calls([f.call("call_5", "bash", [f.effect("metadata", [target], {})])], [])

test_touching_model_weights_blocks if {
	some v in metadata_tamper.block with input as touching(f.target("/srv/models/m.bin", {"kinds": ["ai_artifact"]}))
	contains(v.message, "an AI model artifact")
}

test_relabeling_what_user_ordered_deleted_blocks if {
	some v in metadata_tamper.block with input as touching(f.target("old-logs", {"instructed_actions": ["delete"]}))
	contains(v.message, "ordered deleted or stopped")
}

test_ordered_metadata_change_passes if {
	target := f.target("/srv/models/m.bin", {"kinds": ["ai_artifact"], "instructed_actions": ["metadata"]})
	count(metadata_tamper.block) == 0 with input as touching(target)
}

test_touching_an_ordinary_file_passes if {
	count(metadata_tamper.block) == 0 with input as touching(f.target("/tmp/x", {}))
}

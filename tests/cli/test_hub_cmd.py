"""The Hub commands as a user runs them: `rate org/name`, `rate MODEL --hub`, `draft`, `hub sync`."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from fakehub import FakeHub, Reply, closed_port_url, environment, hub_fixture, isolate  # noqa: F401 (the `hub` fixture)
from typer.testing import CliRunner

isolate()  # before huggingface_hub is imported anywhere in this process

from openscore.cli.app import app  # noqa: E402
from openscore.sources.datafile import DataFile  # noqa: E402

ACME_FILES = ("config.json", "model-00001-of-00002.safetensors", "model-00002-of-00002.safetensors", "README.md")




def run(*args: str):
    return CliRunner().invoke(app, list(args))


def card_of(result) -> dict:
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)["scorecards"][0]


def criterion(card: dict, cid: str) -> dict:
    return next(c for c in card["criteria"] if c["id"] == cid)


def entries_file(tmp_path, entries: list[tuple[str, list[str], str, str]]):
    """A data file: (id, repos, weights status, weights license) per entry."""
    lines = ["models:"]
    for model_id, repos, status, license in entries:
        lines += [f"  - id: {model_id}", f"    name: {model_id}", "    organization: Org", f"    family: {model_id.split('-')[0]}",
                  f"    hf_repos: [{', '.join(repos)}]", "    last_reviewed: 2026-01-01", "    artifacts:",
                  f"      weights: {{status: {status}, license: {license}, url: 'https://example.org/{model_id}'}}"]
    path = tmp_path / "models.yaml"
    path.write_text("\n".join(lines) + "\n")
    return path


# rate org/name: an automatic assessment


def test_repo_not_in_the_data_file_is_assessed_from_the_hub(hub, fixture_data):
    hub.add("org/Open-7B", license="apache-2.0", files=ACME_FILES, datasets=("org/corpus",), arxiv=("2401.00001",))
    card = card_of(run("rate", "org/Open-7B", "--data", str(fixture_data), "-f", "json"))
    assert card["automatic"] is True and card["model_id"] == "open-7b" and card["organization"] == "org"
    assert criterion(card, "weights")["level"] == "open"
    assert criterion(card, "license")["level"] == "open"
    assert criterion(card, "data")["level"] == "partial"
    assert criterion(card, "paper")["level"] == "open"
    assert criterion(card, "code")["level"] == "unknown"
    assert card["verdict"]["id"] == "open-weights"
    notes = card["notes"]
    assert any(n.startswith(f"Hub evidence: org/Open-7B at {hub.url} (revision 0123456789ab, fetched") for n in notes)
    assert "Weights: from the Hub: weight files model-00001-of-00002.safetensors and 1 more, license tag apache-2.0" in notes
    assert "Paper: from the Hub: tag arxiv:2401.00001" in notes
    assert "Code: the Hub says nothing, so unknown" in notes


def test_gated_weights_are_partial_and_a_repo_without_weights_is_closed(hub, fixture_data):
    hub.add("org/gated", gated="manual")
    hub.add("org/empty", files=("README.md",))
    gated = card_of(run("rate", "org/gated", "--data", str(fixture_data), "-f", "json"))
    assert criterion(gated, "weights")["level"] == "partial"
    assert "gated on the Hub (manual approval)" in criterion(gated, "weights")["reason"]
    empty = card_of(run("rate", "org/empty", "--data", str(fixture_data), "-f", "json"))
    [weights] = [a for a in criterion(empty, "weights")["artifacts"] if a["kind"] == "weights"]
    assert weights["status"] == "closed"
    assert "Weights: from the Hub: no weight files in the file list, license tag apache-2.0" in empty["notes"]
    assert empty["verdict"]["id"] == "closed"


def test_automatic_assessment_under_every_rubric(hub, fixture_data):
    hub.add("org/m", datasets=("org/web",))
    result = run("rate", "org/m", "--rubric", "all", "--data", str(fixture_data), "-f", "json")
    assert result.exit_code == 0, result.output
    cards = json.loads(result.stdout)["scorecards"]
    assert len(cards) > 1 and all(c["automatic"] and c["notes"][-1].startswith("Hub evidence: org/m") for c in cards)
    assert len(hub.seen) == 1


def test_automatic_assessment_is_labelled_in_the_table(hub, fixture_data):
    hub.add("org/m")
    result = run("rate", "https://huggingface.co/org/m", "--data", str(fixture_data))
    assert result.exit_code == 0, result.output
    assert "Automatic assessment from Hugging Face Hub evidence only." in result.stdout


def test_a_curated_model_is_rated_without_asking_the_hub(hub, fixture_data):
    hub.add("acme/Acme-Open-7B")
    assert run("rate", "acme/Acme-Open-7B", "--data", str(fixture_data)).exit_code == 0
    assert hub.seen == []


def test_a_name_that_is_no_repo_id_is_still_an_unknown_model(hub, fixture_data):
    result = run("rate", "acme-opn", "--data", str(fixture_data))
    assert result.exit_code == 2 and "no model 'acme-opn'" in result.stderr
    assert hub.seen == []


# faults, as the user sees them

CLI_FAULTS = {
    "404": (None, "no such model repo on the Hub"),
    "401": (Reply(401, {"error": "Invalid username or password."}), "not logged in: run `hf auth login` or set HF_TOKEN"),
    "403": (Reply(403, {"error": "Access restricted"}, {"X-Error-Code": "GatedRepo"}), "HTTP 403"),
    "429": (Reply(429, {"error": "Too many requests"}, {"Retry-After": "0"}),
            "rate limited by the Hub (HTTP 429); the Hub asks to wait 0 s (4 attempts)"),
    "5xx": (Reply(502, "Bad Gateway", {"Content-Type": "text/plain"}), "the Hub failed with HTTP 502 (4 attempts)"),
    "timeout": (Reply(200, {}, stall=1.0), "did not answer within 0.2 s (4 attempts)"),
    "malformed": (Reply(200, '{"id": "org/m", "siblings": [', {}), "malformed answer (not JSON)"),
}


@pytest.mark.parametrize("fault", CLI_FAULTS)
def test_hub_faults_are_one_line_and_exit_3(hub, fixture_data, monkeypatch, fault):
    reply, message = CLI_FAULTS[fault]
    if reply:
        hub.fail("org/m", reply)
    monkeypatch.setenv("OPENSCORE_HUB_TIMEOUT", "0.2")
    result = run("rate", "org/m", "--data", str(fixture_data))
    assert result.exit_code == 3
    assert result.stdout == ""
    assert result.stderr.startswith("openscore: error: ") and result.stderr.count("\n") == 1
    assert message in result.stderr
    assert "Traceback" not in result.output


def test_with_a_cached_copy_a_fault_is_a_warning_with_its_age(hub, fixture_data):
    hub.add("org/m")
    assert run("rate", "org/m", "--data", str(fixture_data)).exit_code == 0
    hub.fail("org/m", Reply(503, {"error": "down"}))
    result = run("rate", "org/m", "--data", str(fixture_data), "--refresh", "-f", "json")
    assert result.exit_code == 0
    assert result.stderr == "openscore: warning: org/m: the Hub failed with HTTP 503 (4 attempts); using the cached copy from 0 s ago\n"
    assert json.loads(result.stdout)["scorecards"][0]["automatic"] is True


def test_cache_dir_option_and_env(hub, fixture_data, tmp_path, monkeypatch):
    hub.add("org/m")
    chosen = tmp_path / "chosen"
    assert run("rate", "org/m", "--data", str(fixture_data), "--cache-dir", str(chosen)).exit_code == 0
    assert list(chosen.glob("hub/*/org--m.json"))
    monkeypatch.setenv("OPENSCORE_CACHE_DIR", str(tmp_path / "from-env"))
    assert run("rate", "org/m", "--data", str(fixture_data)).exit_code == 0
    assert list((tmp_path / "from-env").glob("hub/*/org--m.json"))
    assert len(hub.seen) == 2
    assert run("rate", "org/m", "--data", str(fixture_data), "--cache-dir", str(chosen)).exit_code == 0
    assert len(hub.seen) == 2  # answered from the cache


# rate MODEL --hub: where the Hub disagrees with the data file


def test_rate_hub_reports_each_kind_of_disagreement_and_exits_1(hub, tmp_path):
    data = entries_file(tmp_path, [("relicensed", ["org/a"], "open", "Apache-2.0"), ("gated", ["org/b"], "open", "MIT"),
                                   ("removed", ["org/c"], "partial", "MIT")])
    hub.add("org/a", license="mit")
    hub.add("org/b", license="mit", gated="auto")
    hub.add("org/c", license="mit", files=("README.md",))
    expected = {
        "relicensed": "relicensed: org/a: license: the Hub's license tag is 'mit', the data file says 'Apache-2.0'",
        "gated": "gated: org/b: gated: the repo is now gated (auto approval), the data file says the weights are open",
        "removed": "removed: org/c: weights: no weight files in the repo, the data file says the weights are partial",
    }
    for model_id, line in expected.items():
        result = run("rate", model_id, "--hub", "--data", str(data), "-f", "json")
        assert result.exit_code == 1, result.output
        assert json.loads(result.stdout)["scorecards"][0]["model_id"] == model_id
        assert f"openscore: {line}\n" in result.stderr


def test_rate_hub_reports_a_renamed_repo_and_caches_it_under_the_old_name(hub, tmp_path):
    data = entries_file(tmp_path, [("moved", ["org/Old-Name"], "open", "Apache-2.0")])
    hub.models["org/old-name"] = hub.add("org/New-Name")  # the Hub answers for the old name with the new one
    for _ in range(2):
        result = run("rate", "moved", "--hub", "--data", str(data))
        assert result.exit_code == 1
        assert "moved: org/Old-Name: renamed: the Hub now calls the repo org/New-Name" in result.stderr
    assert len(hub.requests_for("org/Old-Name")) == 1


def test_rate_hub_when_the_hub_agrees(hub, tmp_path):
    data = entries_file(tmp_path, [("same", ["org/a", "org/a-chat"], "open", "Apache-2.0")])
    hub.add("org/a", license="apache-2.0")
    hub.add("org/a-chat", license="apache-2.0")
    result = run("rate", "same", "--hub", "--data", str(data))
    assert result.exit_code == 0, result.output
    assert "the Hub agrees with the data file on same (2 repos checked)" in result.stderr


def test_rate_hub_with_the_hub_down_and_nothing_cached_exits_3(hub, tmp_path, monkeypatch):
    data = entries_file(tmp_path, [("same", ["org/a"], "open", "Apache-2.0")])
    monkeypatch.setenv("HF_ENDPOINT", closed_port_url())
    result = run("rate", "same", "--hub", "--data", str(data), "-f", "json")
    assert result.exit_code == 3
    assert json.loads(result.stdout)["scorecards"][0]["model_id"] == "same"
    assert "org/a: cannot reach the Hub" in result.stderr and "Traceback" not in result.output


# draft


def test_draft_is_a_valid_data_file_with_unknown_where_the_hub_is_silent(hub, tmp_path):
    hub.add("org/Helper-7B-Instruct", license="apache-2.0", gated="manual", base_model="org/Base-7B", datasets=("org/sft",),
            files=(*ACME_FILES, "modeling_helper.py"))
    result = run("draft", "org/Helper-7B-Instruct")
    assert result.exit_code == 0, result.output
    path = tmp_path / "draft.yaml"
    path.write_text(result.stdout)
    [entry] = DataFile(path).entries()
    assert (entry.id, entry.organization, entry.hf_repos) == ("helper-7b-instruct", "org", ("org/Helper-7B-Instruct",))
    assert [t.value for t in entry.type] == ["instruct"]
    facts = {kind.value: fact for kind, fact in entry.artifacts.items()}
    assert len(facts) == 23  # every kind of the vocabulary, so none is forgotten
    assert facts["finetuned_weights"].status.value == "partial" and facts["finetuned_weights"].notes == "gated on the Hub (manual approval)"
    assert facts["finetuned_weights"].license and facts["finetuned_weights"].url == f"{hub.url}/org/Helper-7B-Instruct"
    assert facts["finetuning_data"].status.value == "partial"
    assert facts["architecture_code"].url.endswith("/blob/main/modeling_helper.py")
    assert {k for k, f in facts.items() if f.status.value == "unknown"} >= {"training_code", "pretraining_data", "weights", "paper"}
    assert all(f.source.startswith("Hugging Face Hub org/Helper-7B-Instruct") for f in facts.values() if f.status.value != "unknown")
    assert result.stdout.startswith(f"# Draft from Hugging Face Hub evidence: {hub.url}/org/Helper-7B-Instruct")
    rated = run("rate", "helper-7b-instruct", "--data", str(path), "-f", "json")
    assert card_of(rated)["automatic"] is False


def test_draft_needs_a_repo_id_and_a_repo(hub):
    assert run("draft", "not-a-repo").exit_code == 2
    missing = run("draft", "org/missing")
    assert missing.exit_code == 3 and "no such model repo" in missing.stderr


# hub sync


def test_sync_fetches_many_repos_then_answers_from_the_cache(hub, tmp_path):
    rows = [(f"m{i}", [f"org/m{i}", f"org/m{i}-chat"], "open", "Apache-2.0") for i in range(20)]
    for _, repos, _, _ in rows:
        for repo in repos:
            hub.add(repo)
    data = entries_file(tmp_path, rows)
    first = run("hub", "sync", "--data", str(data), "--jobs", "8")
    assert first.exit_code == 0, first.output
    assert f"Synced 40 repos of 20 entries from {hub.url}: 40 fetched, 0 fresh in the cache, 0 stale, 0 failed." in first.stdout
    assert len(hub.seen) == 40
    second = run("hub", "sync", "--data", str(data))
    assert "0 fetched, 40 fresh in the cache" in second.stdout and len(hub.seen) == 40
    third = run("hub", "sync", "--data", str(data), "--refresh")
    assert "40 fetched" in third.stdout and len(hub.seen) == 80


def test_sync_summarises_disagreements_and_failures(hub, tmp_path):
    data = entries_file(tmp_path, [("fine", ["org/fine"], "open", "MIT"), ("moved", ["org/moved"], "open", "MIT"),
                                   ("relicensed", ["org/relicensed"], "open", "MIT")])
    hub.add("org/fine", license="mit")
    hub.add("org/relicensed", license="cc-by-nc-4.0")
    result = run("hub", "sync", "--data", str(data))
    assert result.exit_code == 3
    assert "1 fetched" not in result.stdout and "2 fetched, 0 fresh in the cache, 0 stale, 1 failed." in result.stdout
    assert "  relicensed: org/relicensed: license: the Hub's license tag is 'cc-by-nc-4.0', the data file says 'MIT'" in result.stdout
    assert "  org/moved: no such model repo on the Hub" in result.stdout
    hub.add("org/moved", license="mit")
    assert run("hub", "sync", "--data", str(data)).exit_code == 1  # disagreements only


def test_sync_of_a_data_file_without_repos(hub, fixture_data, tmp_path):
    path = tmp_path / "none.yaml"
    path.write_text("models: []\n")
    result = run("hub", "sync", "--data", str(path))
    assert result.exit_code == 0 and "Synced 0 repos of 0 entries" in result.stdout


# whole processes: what is imported, and settings read from the environment at start-up

PROBE = """import sys
from openscore.cli.app import main
try:
    main()
finally:
    print("hf loaded" if "huggingface_hub" in sys.modules else "hf not loaded", file=sys.stderr)
"""


def process(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess:
    import os

    return subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True, text=True, env={**os.environ, **env}, timeout=60)


@pytest.mark.slow
def test_huggingface_hub_is_imported_only_for_the_hub(hub, fixture_data, tmp_path):
    hub.add("org/m")
    env = environment(hub.url, tmp_path / "cache")
    curated = process(["rate", "acme", "--data", str(fixture_data)], env)
    assert curated.returncode == 0, curated.stderr
    assert curated.stderr.endswith("hf not loaded\n")
    assessed = process(["rate", "org/m", "--data", str(fixture_data)], env)
    assert assessed.returncode == 0, assessed.stderr
    assert assessed.stderr.endswith("hf loaded\n")
    warm = process(["rate", "org/m", "--data", str(fixture_data)], env)
    assert warm.stderr.endswith("hf not loaded\n")  # a fresh cache needs no client at all
    assert len(hub.requests_for("org/m")) == 1


@pytest.mark.slow
def test_a_fresh_process_honours_hf_endpoint_token_and_offline_mode(hub, fixture_data, tmp_path):
    hub.add("org/private", token="hf_secret")
    env = {**environment(hub.url, tmp_path / "cache"), "HF_TOKEN": "hf_secret", "HF_HOME": str(tmp_path / "hf")}
    online = process(["rate", "org/private", "--data", str(fixture_data), "-f", "json"], env)
    assert online.returncode == 0, online.stderr
    assert hub.requests_for("org/private")[-1].authorization == "Bearer hf_secret"
    offline = {**env, "HF_HUB_OFFLINE": "1"}
    cached = process(["rate", "org/private", "--data", str(fixture_data), "--refresh"], offline)
    assert cached.returncode == 0 and "offline mode is on (HF_HUB_OFFLINE); using the cached copy from" in cached.stderr
    nothing = process(["rate", "org/other", "--data", str(fixture_data)], offline)
    assert nothing.returncode == 3
    assert nothing.stderr.splitlines()[0] == "openscore: error: org/other: offline mode is on (HF_HUB_OFFLINE) and nothing is cached"
    assert len(hub.requests_for("org/private")) == 1 and not hub.requests_for("org/other")


def test_a_process_facing_a_refused_connection_exits_3_without_traceback(fixture_data, tmp_path):
    env = environment(closed_port_url(), tmp_path / "cache")
    result = process(["rate", "org/m", "--data", str(fixture_data)], env)
    assert result.returncode == 3
    lines = result.stderr.splitlines()
    assert lines[0].startswith("openscore: error: cannot reach the Hub at http://127.0.0.1:") and len(lines) == 2

"""The public surface is what we mean to export."""
import srccompare

EXPECTED = {
    "Article", "Category", "Change", "Claim", "DecodeError", "Duration", "EmptyInputError", "EntityValue",
    "InputError", "MetadataError", "Published", "Quantity", "Relation", "Report", "SourceInfo", "SourceSummary",
    "SrcCompareError", "TimeRange", "Tolerance", "TooLargeError", "UsageError", "Verdict", "compare_paths",
    "compare_summaries", "dump_summaries", "load_summary_file", "render", "summarize_article", "summarize_paths",
    "tag_timexes", "cluster_paths", "batch_paths", "AnalysisError", "NothingToCompareError", "UnreadableFile",
    "SkippedFileWarning",
}


def test_all_is_what_we_mean_to_export():
    assert set(srccompare.__all__) == EXPECTED
    for name in EXPECTED:
        assert getattr(srccompare, name) is not None


def test_errors_form_one_tree():
    for name in ("DecodeError", "EmptyInputError", "MetadataError", "TooLargeError", "AnalysisError"):
        assert issubclass(getattr(srccompare, name), srccompare.InputError)
    assert issubclass(srccompare.InputError, srccompare.SrcCompareError)
    assert issubclass(srccompare.UsageError, srccompare.SrcCompareError)
    assert issubclass(srccompare.NothingToCompareError, srccompare.SrcCompareError)


def test_jellyfish_has_one_door():
    from pathlib import Path

    package = Path(srccompare.__file__).parent
    importers = sorted(p.name for p in package.rglob("*.py") if "import jellyfish" in p.read_text(encoding="utf-8"))
    assert importers == ["similarity.py"]
    assert not [p for p in package.rglob("*.py") if "difflib" in p.read_text(encoding="utf-8")]


def test_a_lenient_read_names_every_file_it_leaves_out(tmp_path):
    import pytest

    good = tmp_path / "good.md"
    good.write_text("---\noutlet: a.com\npublished: 2024-03-05\n---\n\nTwo people were hurt on Monday.\n", encoding="utf-8")
    binary = tmp_path / "binary.md"
    binary.write_bytes(b"\x00\x01 not text")
    with pytest.warns(srccompare.SkippedFileWarning, match="binary.md"):
        summaries = srccompare.summarize_paths([good, binary], strict=False)
    assert len(summaries) == 1

"""Shard planning (bounded, stable, packed) and atomic writes (no partial file is ever visible)."""

from __future__ import annotations

import json
import threading

import pytest

from arabic_release_nlp.batch.inputs import find_sources
from arabic_release_nlp.batch.lock import OutputLock
from arabic_release_nlp.batch.shards import Shard, iter_shard_documents, plan_shards
from arabic_release_nlp.batch.writers import atomic_path, temporary_name, write_jsonl
from arabic_release_nlp.errors import InputChangedError, OutputLockedError

from .conftest import release_text, write_jsonl as write_archive, write_tree


def ids_of(shards, **options):
    return [document.id for shard in shards for document in iter_shard_documents(shard, **options)]


@pytest.mark.parametrize("shard_size", [1, 3, 7, 500])
def test_shards_are_bounded_cover_every_document_once_and_pack_small_files(tmp_path, shard_size):
    ids = write_tree(tmp_path / "tree", 10)
    lines = [{"id": f"j{n}", "text": release_text(n)} for n in range(11)]
    plain = write_archive(tmp_path / "a.jsonl", lines)
    packed = write_archive(tmp_path / "b.jsonl.gz", lines[:4])
    shards = plan_shards(find_sources([tmp_path / "tree", plain, packed]), shard_size)
    assert all(shard.units <= shard_size for shard in shards)
    assert all(shard.units == shard_size for shard in shards[:-1])  # only the last shard is short
    assert [shard.index for shard in shards] == list(range(len(shards)))
    expected = sorted(ids) + [f"j{n}" for n in range(11)] + [f"j{n}" for n in range(4)]
    assert ids_of(shards) == expected


def test_the_plan_is_stable_and_survives_a_round_trip_through_plain_data(tmp_path):
    write_tree(tmp_path / "tree", 9)
    archive = write_archive(tmp_path / "a.jsonl", [{"text": release_text(n)} for n in range(20)])
    first = plan_shards(find_sources([tmp_path / "tree", archive]), 4)
    second = plan_shards(find_sources([tmp_path / "tree", archive]), 4)
    assert first == second
    assert [Shard.from_dict(json.loads(json.dumps(shard.to_dict()))) for shard in first] == first


def test_workers_seek_straight_to_their_range_of_a_plain_jsonl_file(tmp_path):
    archive = write_archive(tmp_path / "a.jsonl", [{"id": f"r{n}", "text": release_text(n)} for n in range(10)])
    shards = plan_shards(find_sources([archive]), 3)
    offsets = [shard.pieces[0].offset for shard in shards]
    starts = [len(line) for line in archive.read_bytes().splitlines(keepends=True)]
    assert offsets == [0, sum(starts[:3]), sum(starts[:6]), sum(starts[:9])]
    assert ids_of(shards) == [f"r{n}" for n in range(10)]


def test_a_file_changed_since_planning_stops_its_shard(tmp_path):
    archive = write_archive(tmp_path / "a.jsonl", [{"text": release_text(n)} for n in range(4)])
    shard = plan_shards(find_sources([archive]), 10)[0]
    write_archive(archive, [{"text": release_text(n)} for n in range(2)])
    with pytest.raises(InputChangedError, match="ARN064"):
        list(iter_shard_documents(shard))


def test_atomic_write_shows_no_partial_file_while_writing(tmp_path):
    target = tmp_path / "shard-000000.jsonl"
    target.write_text("old\n")
    halfway, resume = threading.Event(), threading.Event()

    def lines():
        yield "first"
        halfway.set()
        resume.wait(10)
        yield "second"

    writer = threading.Thread(target=write_jsonl, args=(target, lines()))
    writer.start()
    assert halfway.wait(10)
    # Mid-write: the final name still holds the old complete file; the new one is a hidden temporary file.
    assert target.read_text() == "old\n"
    assert temporary_name(target).exists() and temporary_name(target).name.startswith(".")
    resume.set()
    writer.join(10)
    assert target.read_text() == "first\nsecond\n"
    assert [path.name for path in tmp_path.iterdir()] == [target.name]


def test_a_failed_write_leaves_neither_a_partial_file_nor_its_temporary(tmp_path):
    target = tmp_path / "out.jsonl"
    with pytest.raises(RuntimeError):
        with atomic_path(target) as temporary:
            temporary.write_text("half")
            raise RuntimeError("disk full")
    assert list(tmp_path.iterdir()) == []


def test_one_run_at_a_time_per_output_root(tmp_path):
    (tmp_path / ".arn-tag.lock").write_text(f"{__import__('socket').gethostname()} 1\n")  # pid 1 is alive
    with pytest.raises(OutputLockedError, match="ARN066"):
        with OutputLock(tmp_path):
            pass
    (tmp_path / ".arn-tag.lock").write_text(f"{__import__('socket').gethostname()} 999999999\n")  # long gone
    with OutputLock(tmp_path):
        pass
    assert not (tmp_path / ".arn-tag.lock").exists()

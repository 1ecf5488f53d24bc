"""The ``arn`` command line: a thin layer over the library."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import List, Optional

import typer

from arabic_release_nlp.documents import DEFAULT_MAX_SIZE, STDIN, parse_size, read_document
from arabic_release_nlp.errors import ArnError, InputError, PipelineFailedError

app = typer.Typer(
    help="Analyse Arabic press releases: structure, entities, officials, roles, SDG and GCM goals.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _print_version(value: bool) -> None:
    if value:
        from arabic_release_nlp import __version__

        typer.echo(f"arabic_release_nlp {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Optional[bool] = typer.Option(None, "--version", callback=_print_version, is_eager=True,
                                           help="Print the version and exit."),
) -> None:
    """Analyse Arabic press releases."""


def _error_record(document: str, error: ArnError) -> str:
    from arabic_release_nlp.structure.release import Release

    return Release(id=document, text="", errors=[str(error)]).to_json()


@app.command()
def analyze(
    files: List[str] = typer.Argument(..., help="Text or HTML files to analyse; '-' reads standard input."),
    pretty: bool = typer.Option(False, "--pretty", help="Indent the JSON (one object per file, still in order)."),
    max_size: str = typer.Option("5MB", "--max-size", help="Refuse files larger than this (e.g. 500kB, 20MB)."),
    domain: str = typer.Option("release", "--domain",
                               help="The kind of text, for the entity model: release (press releases) or news."),
) -> None:
    """Print one JSON record per input file (JSON Lines), in input order.

    A file that cannot be analysed gets a record whose `errors` says why, a one-line message on stderr,
    and the exit code is 1.
    """
    try:
        limit = parse_size(max_size)
    except ArnError as error:
        typer.echo(f"arn: {error}", err=True)
        raise typer.Exit(2)
    from arabic_release_nlp.entities.ner_component import DOMAINS
    from arabic_release_nlp.pipeline import load

    if domain not in DOMAINS:
        typer.echo(f"arn: --domain must be one of {', '.join(DOMAINS)}", err=True)
        raise typer.Exit(2)
    nlp = load(ner_domain=domain)
    failed = 0
    for name in files:
        document = "stdin" if name == STDIN else name
        try:
            decoded = read_document(name, max_size=limit or DEFAULT_MAX_SIZE)
            try:
                release = nlp(decoded.text, id=document)
            except Exception as error:  # a batch never loses a document: record the failure and go on
                raise PipelineFailedError(document, reason=f"{type(error).__name__}: {error}") from error
            if decoded.replaced_bytes:
                release.warnings.append(f"{decoded.replaced_bytes} undecodable byte sequence(s) replaced")
            typer.echo(release.to_json(pretty=pretty))
        except (InputError, PipelineFailedError) as error:
            failed += 1
            typer.echo(f"arn: {error}", err=True)
            typer.echo(_error_record(document, error))
    if failed:
        raise typer.Exit(1)


# --- batch tagging ------------------------------------------------------------------------------------------
@app.command()
def tag(
    inputs: List[str] = typer.Argument(..., help="Folders of .txt/.html/.htm/.md files (or .gz), JSONL, CSV or "
                                                 "Parquet files."),
    out: Path = typer.Option(..., "--out", help="Output folder; results go to OUT/<model version>/."),
    output_format: str = typer.Option("parquet", "--format", help="parquet (needs the parquet extra) or jsonl."),
    workers: Optional[int] = typer.Option(None, "--workers", min=0,
                                          help="Worker processes (default: the cores; 0: this process)."),
    text_field: str = typer.Option("text", "--text-field", help="Record field (JSONL, CSV, Parquet) with the text."),
    id_field: str = typer.Option("id", "--id-field", help="Record field with the id (default id: FILE#LINE)."),
    shard_size: int = typer.Option(500, "--shard-size", min=1, help="Documents per shard (output file)."),
    engine: str = typer.Option("local", "--engine", help="local (worker processes) or dask (needs the dask extra)."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="Dask scheduler address (default: a new "
                                                                      "LocalCluster)."),
    max_size: str = typer.Option("5MB", "--max-size", help="Documents larger than this are errors (e.g. 500kB)."),
    domain: str = typer.Option("release", "--domain",
                               help="The kind of text, for the entity model: release (press releases) or news."),
    quiet: bool = typer.Option(False, "--quiet", help="No progress, only the summary."),
) -> None:
    """Tag whole archives into resumable shards of Parquet or JSON Lines; rerun to resume.

    Bad documents become error records in OUT/<model version>/errors/ and the run goes on; the exit code is
    1 if any document failed.
    """
    from arabic_release_nlp.batch import tag_archive

    try:
        summary = tag_archive(inputs, out, workers=workers, progress=not quiet, format=output_format,
                              text_field=text_field, id_field=id_field or None, shard_size=shard_size, engine=engine,
                              scheduler=scheduler, max_size=parse_size(max_size), ner_domain=domain)
    except (ArnError, ValueError) as error:
        typer.echo(f"arn: {error}", err=True)
        raise typer.Exit(2)
    except KeyboardInterrupt:
        typer.echo("arn tag: interrupted; finished shards are kept: rerun the same command to resume", err=True)
        raise typer.Exit(130)
    for line in summary.lines():
        typer.echo(f"arn tag: {line}", err=True)
    raise typer.Exit(summary.exit_code)


corpus_app = typer.Typer(help="Build, check and describe the annotated corpus (data/corpus/).", no_args_is_help=True)
app.add_typer(corpus_app, name="corpus")


def _corpus_path(path: Optional[Path]) -> Path:
    from arabic_release_nlp.corpus import DEFAULT_CORPUS

    path = path or DEFAULT_CORPUS
    if not path.is_file():
        typer.echo(f"arn: {path}: no corpus file (build it with `arn corpus build`)", err=True)
        raise typer.Exit(2)
    return path


@corpus_app.command("build")
def corpus_build(
    source: Optional[Path] = typer.Option(None, help="Folder of markup files (default: data/corpus/source)."),
    out: Optional[Path] = typer.Option(None, help="JSON Lines to write (default: data/corpus/corpus.jsonl)."),
    assign_new: bool = typer.Option(False, "--assign-new", help="Draw a split for releases that have none yet."),
    new_split: Optional[str] = typer.Option(None, "--new-split",
                                            help="Put every release that has no split yet into this one (train, dev or test)."),
) -> None:
    """Convert the source markup to JSON Lines with offsets and the stored split."""
    from arabic_release_nlp.corpus import CORPUS_DIR
    from arabic_release_nlp.corpus.build import build_corpus
    from arabic_release_nlp.corpus.markup import MarkupError

    source = source or CORPUS_DIR / "source"
    out = out or CORPUS_DIR / "corpus.jsonl"
    try:
        records = build_corpus(source, source.parent / "split.tsv", out, assign_new=assign_new, new_split=new_split)
    except MarkupError as error:
        typer.echo(f"arn: {error}", err=True)
        raise typer.Exit(1)
    typer.echo(f"{len(records)} releases written to {out}")


@corpus_app.command("stats")
def corpus_stats_command(
    corpus: Optional[Path] = typer.Option(None, help="Corpus JSON Lines (default: data/corpus/corpus.jsonl)."),
    as_json: bool = typer.Option(False, "--json", help="Print the numbers as JSON."),
) -> None:
    """Print label counts and coverage against the corpus minimums."""
    import json

    from arabic_release_nlp.corpus import load_corpus
    from arabic_release_nlp.corpus.stats import corpus_stats, format_stats

    stats = corpus_stats(load_corpus(_corpus_path(corpus)))
    typer.echo(json.dumps(stats, ensure_ascii=False, indent=2) if as_json else format_stats(stats))


@corpus_app.command("check")
def corpus_check(
    corpus: Optional[Path] = typer.Option(None, help="Corpus JSON Lines (default: data/corpus/corpus.jsonl)."),
) -> None:
    """Validate a corpus against ANNOTATION.md and the corpus format; exit 1 on any problem."""
    from arabic_release_nlp.corpus import load_corpus
    from arabic_release_nlp.corpus.validate import validate_corpus

    problems = validate_corpus(load_corpus(_corpus_path(corpus)))
    for problem in problems:
        typer.echo(problem)
    typer.echo(f"{len(problems)} problems")
    if problems:
        raise typer.Exit(1)


train_app = typer.Typer(help="Train the pipeline's models from data in this repository.", no_args_is_help=True)
evaluate_app = typer.Typer(help="Score the pipeline's models on held-out data.", no_args_is_help=True)
app.add_typer(train_app, name="train")
app.add_typer(evaluate_app, name="evaluate")


# --- goals -------------------------------------------------------------------------------------------------
@train_app.command("goals")
def train_goals_command(
    corpus: Optional[Path] = typer.Option(None, help="Corpus JSON Lines (default: data/corpus/corpus.jsonl)."),
    out: Path = typer.Option(Path("models/goals"), help="Folder to write the model, manifest and card to."),
    seed: int = typer.Option(0, help="Random seed: the same seed gives the same model."),
) -> None:
    """Train the goal classifier (all variants, best on dev), evaluate it on test and write its card."""
    from arabic_release_nlp.goals.workflow import train_and_save

    train_and_save(_corpus_path(corpus), out, seed=seed, log=typer.echo)


@evaluate_app.command("goals")
def evaluate_goals_command(
    corpus: Optional[Path] = typer.Option(None, help="Corpus JSON Lines (default: data/corpus/corpus.jsonl)."),
    split: str = typer.Option("test", help="Which split to score: train, dev or test."),
    model: Optional[Path] = typer.Option(None, help="Model folder (default: models/goals)."),
    output_format: str = typer.Option("table", "--format", help="table or json."),
    second_annotation: Optional[Path] = typer.Option(
        None, help="Another annotator's goals for the same paragraphs (JSON Lines {id, paragraph, sdg, gcm}; "
                   "data/corpus/goals_second_annotation.jsonl covers the test split): scored as one more system."),
    write_card: bool = typer.Option(
        False, "--write-card",
        help="Also write the model's card (README.md in its folder) again from its stored training report and this "
             "evaluation on the test split, e.g. after a change to the pipeline around the model."),
) -> None:
    """Print micro- and macro-F1 for SDG and GCM separately and per label, beside the keyword baseline."""
    from arabic_release_nlp.goals.component import DEFAULT_MODEL
    from arabic_release_nlp.goals.workflow import evaluate_saved, format_evaluation, rewrite_card

    if write_card and split != "test":
        typer.echo("error: --write-card reports the test split; leave out --split or use --split test", err=True)
        raise typer.Exit(2)
    try:
        if write_card:
            result = rewrite_card(model or DEFAULT_MODEL, _corpus_path(corpus))
        else:
            result = evaluate_saved(_corpus_path(corpus), split, model, second_annotation)
    except ArnError as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(2)
    except (OSError, ValueError) as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(2)
    if output_format == "json":
        import json

        typer.echo(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        typer.echo(format_evaluation(result))


# --- entities (the statistical NER stage, arn_ner) -------------------------------------------------------------
@train_app.command("entities")
def train_entities_command(
    anercorp: Path = typer.Option(..., help="ANERcorp train split, CoNLL (word TAG per line). Never the test split."),
    corpus: Optional[Path] = typer.Option(None, help="Corpus JSON Lines (default: data/corpus/corpus.jsonl); "
                                                     "its train split is trained on, its dev split scored."),
    out: Path = typer.Option(Path("models/entities"), help="The model is written to OUT/ner."),
    aqmar: Optional[Path] = typer.Option(None, help="AQMAR corpus, CoNLL (MIS0-MIS3 become MISC); left out if not given."),
    vectors_text: Optional[Path] = typer.Option(None, "--vectors-text",
                                                help="JSON Lines (.gz) of raw articles with a 'text' field, for word "
                                                     "vectors (SaudiNewsNet: the model becomes non-commercial)."),
    kind: str = typer.Option("crfsuite", help="crfsuite (the shipped kind) or spacy-ner."),
    anercorp_holdout: float = typer.Option(0.1, help="Share of the ANERcorp train file held out for development."),
    corpus_repeats: Optional[int] = typer.Option(None, min=1, help="How many times the corpus train split is shown "
                                                                   "beside ANERcorp (default: the shipped model's)."),
    domains: bool = typer.Option(True, help="CRF: copy the features that name a word per kind of text (newswire, "
                                            "releases), so the model learns where their annotations differ."),
    trigger_profiles: bool = typer.Option(False, help="CRF with --vectors-text: give each word its trigger profile in "
                                                      "the raw text (how often it follows a title, an organisation noun, "
                                                      "a place noun or a preposition); not in the shipped model."),
    seed: int = typer.Option(0, help="Random seed: the same seed and data give the same model."),
) -> None:
    """Train the NER model (PER, ORG, LOC, MISC) and save it with its scores on the dev split."""
    from arabic_release_nlp.entities.ner_training import KINDS, NerSettings, train_entities

    if kind not in KINDS:
        typer.echo(f"arn: --kind must be one of {', '.join(KINDS)}", err=True)
        raise typer.Exit(2)
    for path in (anercorp, aqmar, vectors_text):
        if path is not None and not path.is_file():
            typer.echo(f"arn: {path}: no such file", err=True)
            raise typer.Exit(2)
    settings = NerSettings(kind=kind, seed=seed, anercorp_holdout=anercorp_holdout, domains=domains,
                           trigger_profiles=trigger_profiles)
    if corpus_repeats is not None:
        settings.corpus_repeats = corpus_repeats
    train_entities(anercorp, aqmar, _corpus_path(corpus), out, settings, vectors_text, log=typer.echo)


@evaluate_app.command("entities")
def evaluate_entities_command(
    conll: Optional[Path] = typer.Option(None, help="A CoNLL file to score on (e.g. the ANERcorp test split)."),
    corpus: Optional[Path] = typer.Option(None, help="Corpus JSON Lines to score on (with --split)."),
    split: str = typer.Option("test", help="Which corpus split to score: train, dev or test."),
    model: Optional[Path] = typer.Option(None, help="NER model folder (default: models/entities/ner)."),
    domain: Optional[str] = typer.Option(
        None, help="The kind of text for the NER: release or news (default: news for --conll, release for --corpus)."),
    output_format: str = typer.Option("table", "--format", help="table or json."),
) -> None:
    """Print exact-span P/R/F1 of the NER model per label and micro, on a CoNLL file or a corpus split."""
    from arabic_release_nlp.entities.ner_test_sets import (
        conll_evaluation_set,
        corpus_evaluation_set,
        evaluate_pipeline,
        format_evaluation,
        ner_pipeline,
    )

    if (conll is None) == (corpus is None):
        typer.echo("arn: give exactly one of --conll PATH or --corpus PATH", err=True)
        raise typer.Exit(2)
    if conll is not None and not conll.is_file():
        typer.echo(f"arn: {conll}: no such file", err=True)
        raise typer.Exit(2)
    evaluation_set = conll_evaluation_set(conll) if conll else corpus_evaluation_set(_corpus_path(corpus), split)
    try:
        nlp = ner_pipeline(model, domain or evaluation_set.domain)
    except (ArnError, ValueError) as error:
        typer.echo(f"arn: {error}", err=True)
        raise typer.Exit(1)
    result = evaluate_pipeline(nlp, evaluation_set)
    if corpus is not None:  # the whole entity stage on releases: entities after the rules, officials, roles
        result["releases"] = _score_entity_stage(_corpus_path(corpus), split, model, domain or evaluation_set.domain)
    if output_format == "json":
        import json

        typer.echo(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        typer.echo(format_evaluation(result))
        if "releases" in result:
            from arabic_release_nlp.entities.release_evaluation import format_release_scores

            typer.echo(f"\nwhole entity stage (NER + rules) on the {split} split")
            typer.echo(format_release_scores(result["releases"]))


def _score_entity_stage(corpus: Path, split: str, model: Optional[Path], domain: str) -> dict:
    from arabic_release_nlp.corpus import load_corpus
    from arabic_release_nlp.entities.release_evaluation import score_releases
    from arabic_release_nlp.pipeline import load

    records = load_corpus(corpus, split=split)
    nlp = load(components=["arn_structure", "arn_ner", "arn_entities"], ner=model, ner_domain=domain)
    return score_releases(records, [nlp(record["text"], id=record["id"]).to_dict() for record in records])


def main() -> None:
    """Entry point of the ``arn`` script."""
    sys.exit(app())

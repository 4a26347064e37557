"""Demo opportunities: stages named in the shop's language, every stage used, consistent histories, some
stale, deterministic; on SQLite and PostgreSQL."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from salesapp.db import models as m
from salesapp.demo._opportunities import LOST_REASONS, STAGE_NAMES, seed_opportunities
from salesapp.demo.demo import fill_demo
from salesapp.domain.opportunity import StageKind, check_stage_set
from salesapp.services.admin.users import cheap_hasher
from salesapp.services.registry import Services, connect

NOW = datetime(2026, 11, 23, 0, 0, tzinfo=UTC)


@pytest.fixture
def filled(db_url: str) -> Iterator[Services]:
    services = connect(db_url, clock=lambda: NOW, hasher=cheap_hasher())
    fill_demo(services.db, customers=240, orders=300, seed=11, now=NOW, sales_work=False)
    yield services
    services.close()


def test_demo_opportunities_in_thai(filled: Services):
    assert seed_opportunities(filled.db, 300, seed=3, now=NOW, language="th") == 300
    stages = filled.opportunity_stages.stages()
    assert tuple(s.name for s in stages) == STAGE_NAMES["th"]
    check_stage_set(stages)
    assert filled.opportunity_stages.lost_reasons().reasons == LOST_REASONS["th"]
    per_stage = Counter(o.stage_id for o in m.Opportunity.select(m.Opportunity.stage_id))
    assert all(per_stage[s.id] > 0 for s in stages)  # every stage has opportunities
    # every history starts with the creation and ends in the current stage; versions count the changes
    changes: dict[int, list[m.OpportunityStageChange]] = {}
    for c in m.OpportunityStageChange.select().order_by(
        m.OpportunityStageChange.at, m.OpportunityStageChange.id
    ):
        changes.setdefault(c.opportunity_id, []).append(c)
    for o in m.Opportunity.select():
        history = changes[o.id]
        assert history[0].from_stage_id is None and history[-1].to_stage_id == o.stage_id
        assert o.version == len(history) and o.last_activity_at >= o.stage_entered_at
        assert (o.closed_at is None) == (o.stage_id in {s.id for s in stages if s.kind is StageKind.OPEN})
    (manager,) = [u for u in filled.users.list_users() if u.username == "manager"]
    board = filled.opportunity_list.board(manager)
    stale = sum(c.stale_count for c in board)
    open_count = sum(c.count for c in board)
    assert 0 < stale < open_count * 0.4
    rows = filled.opportunity_list.pipeline(manager, UTC)
    assert sum(r.open_count for r in rows) == open_count


def test_vietnamese_names_and_determinism(filled: Services):
    seed_opportunities(filled.db, 50, seed=5, now=NOW, language="vi")
    assert [s.name for s in filled.opportunity_stages.stages()][-2:] == ["Thành công", "Thất bại"]
    first = [
        tuple(r)
        for r in m.tuples(
            m.Opportunity.select(m.Opportunity.title, m.Opportunity.amount_minor).order_by(m.Opportunity.id)
        )
    ]
    m.Activity.delete().where(m.Activity.entity == "opportunity").execute()
    m.Opportunity.delete().execute()
    seed_opportunities(filled.db, 50, seed=5, now=NOW, language="vi")
    again = [
        tuple(r)
        for r in m.tuples(
            m.Opportunity.select(m.Opportunity.title, m.Opportunity.amount_minor).order_by(m.Opportunity.id)
        )
    ]
    assert again == first
    with pytest.raises(ValueError):
        seed_opportunities(filled.db, 1, language="fr")


def test_bench_board_runs_and_leaves_no_rows(filled: Services):
    from salesapp.bench._opportunities import OPPORTUNITIES, opportunity_metrics
    from salesapp.bench.runner import _metric, _ms

    seed_opportunities(filled.db, 20, seed=5, now=NOW, language="en")
    (manager,) = [u for u in filled.users.list_users() if u.username == "manager"]
    board, pipeline = opportunity_metrics(filled, manager, 1, _ms, _metric, baseline=False)
    assert board["name"] == "opportunity_board_50000" and board["rows"] == OPPORTUNITIES
    assert pipeline["name"] == "opportunity_pipeline_summary"
    assert m.Opportunity.select().count() == 20  # rolled back

"""Stage settings on SQLite and PostgreSQL: add, rename, reorder, default, probability and idle limit,
the fixed won and lost stages, deleting only unused stages, and the lost-reason list."""

from __future__ import annotations

import pytest

from salesapp.domain.enums import Action, EntityKind, Role
from salesapp.domain.errors import NotFound, PermissionDenied, StaleRecordError, ValidationError
from salesapp.domain.opportunity import DEFAULT_LOST_REASONS, OpportunityInput, StageKind
from salesapp.services.customers.customer_service import CustomerInput
from salesapp.services.registry import Services
from tests.helpers.people import manager_of


@pytest.fixture
def somsri(services: Services, admin):
    user, _ = services.users.create_user(admin, "somsri", "สมศรี", Role.SALES, "secret-pass")
    return user


def by_name(services: Services):
    return {s.name: s for s in services.opportunity_stages.stages()}


def test_the_seven_starting_stages(services: Services):
    stages = services.opportunity_stages.stages()
    assert [s.name for s in stages] == [
        "Interested", "Presented", "Quotation sent", "Considering", "Negotiating", "Won", "Lost"
    ]  # fmt: skip
    assert [s.probability for s in stages] == [10, 25, 50, 60, 80, 100, 0]
    assert [s.kind for s in stages][-2:] == [StageKind.WON, StageKind.LOST]
    assert services.opportunity_stages.default_stage().name == "Interested"


def test_add_rename_and_probability_rules(services: Services, admin, somsri):
    svc = services.opportunity_stages
    with pytest.raises(PermissionDenied):
        svc.add(somsri, "Demo", 30, 5)
    stage, changes = svc.add(admin, " สาธิต  สินค้า ", 30, 5)
    assert stage.name == "สาธิต สินค้า" and stage.kind is StageKind.OPEN and not stage.is_default
    names = [s.name for s in svc.stages()]
    assert names.index("สาธิต สินค้า") == 5 and names[-2:] == ["Won", "Lost"]  # after the last open stage
    assert [s.position for s in svc.stages()] == list(range(1, 9))
    assert stage.id in changes.ids(EntityKind.OPPORTUNITY_STAGE)
    with pytest.raises(ValidationError) as err:
        svc.add(admin, "  negotiating ", 30, None)  # duplicate, case and spaces ignored
    assert err.value.field == "name"
    for p in (-1, 101):
        with pytest.raises(ValidationError):
            svc.add(admin, "X", p, None)
    with pytest.raises(ValidationError):
        svc.add(admin, "X", 10, 0)
    stage = by_name(services)["สาธิต สินค้า"]
    renamed, _ = svc.update(admin, stage.id, stage.version, "Demo", 35, None)
    assert renamed.name == "Demo" and renamed.probability == 35 and renamed.idle_days is None
    with pytest.raises(StaleRecordError):
        svc.update(admin, stage.id, stage.version, "Demo 2", 35, None)
    won, lost = by_name(services)["Won"], by_name(services)["Lost"]
    with pytest.raises(ValidationError) as err:
        svc.update(admin, won.id, won.version, "Won", 90, None)
    assert err.value.field == "probability"
    with pytest.raises(ValidationError):
        svc.update(admin, lost.id, lost.version, "Lost", 10, None)
    renamed_won, _ = svc.update(admin, won.id, won.version, "ปิดการขายได้", 100, 9)
    assert renamed_won.name == "ปิดการขายได้" and renamed_won.idle_days is None
    acts = services.history.for_record(manager_of(services), EntityKind.OPPORTUNITY_STAGE, won.id)
    assert acts[0].action is Action.UPDATED and acts[0].changes["name"] == ("Won", "ปิดการขายได้")


def test_exactly_one_default_at_all_times(services: Services, admin):
    svc = services.opportunity_stages
    st = by_name(services)
    stages, changes = svc.set_default(admin, st["Presented"].id)
    assert [s.name for s in stages if s.is_default] == ["Presented"]
    assert changes.ids(EntityKind.OPPORTUNITY_STAGE) == {st["Presented"].id, st["Interested"].id}
    for kind in ("Won", "Lost"):
        with pytest.raises(ValidationError):
            svc.set_default(admin, st[kind].id)
    assert [s.name for s in svc.stages() if s.is_default] == ["Presented"]
    presented = by_name(services)["Presented"]
    with pytest.raises(ValidationError):  # the default cannot be deleted
        svc.delete(admin, presented.id, presented.version)
    with pytest.raises(NotFound):
        svc.set_default(admin, 9999)


def test_reorder_and_move(services: Services, admin):
    svc = services.opportunity_stages
    ids = [s.id for s in svc.stages()]
    stages, _ = svc.reorder(admin, [ids[1], ids[0], *ids[2:]])
    assert [s.name for s in stages][:2] == ["Presented", "Interested"]
    with pytest.raises(ValidationError):
        svc.reorder(admin, ids[:-1])  # one missing: changed elsewhere
    stages, _ = svc.move(admin, ids[1], +1)
    assert [s.name for s in stages][:2] == ["Interested", "Presented"]
    stages, _ = svc.move(admin, ids[0], -5)  # clamped
    assert stages[0].id == ids[0]


def test_delete_only_unused_open_stages(services: Services, admin, somsri):
    svc = services.opportunity_stages
    st = by_name(services)
    for kind in ("Won", "Lost"):
        with pytest.raises(ValidationError):
            svc.delete(admin, st[kind].id, st[kind].version)
    customer, _ = services.customers.create(somsri, CustomerInput(name="Lan"))
    opp, _ = services.opportunities.create(somsri, customer.id, OpportunityInput("x"), st["Considering"].id)
    with pytest.raises(ValidationError) as err:
        svc.delete(admin, st["Considering"].id, st["Considering"].version)
    assert err.value.params["count"] == 1
    services.opportunities.move(somsri, opp.id, opp.version, st["Negotiating"].id)
    with pytest.raises(ValidationError):  # its history still names the stage
        svc.delete(admin, st["Considering"].id, st["Considering"].version)
    assert svc.usage()[st["Considering"].id] == 1 and svc.usage()[st["Negotiating"].id] == 1
    with pytest.raises(PermissionDenied):
        svc.delete(somsri, st["Quotation sent"].id, st["Quotation sent"].version)
    with pytest.raises(StaleRecordError):
        svc.delete(admin, st["Quotation sent"].id, st["Quotation sent"].version + 1)
    changes = svc.delete(admin, st["Quotation sent"].id, st["Quotation sent"].version)
    assert st["Quotation sent"].id in changes.ids(EntityKind.OPPORTUNITY_STAGE)
    assert "Quotation sent" not in by_name(services)
    assert [s.position for s in svc.stages()] == list(range(1, 7))
    assert (
        services.history.for_record(
            manager_of(services), EntityKind.OPPORTUNITY_STAGE, st["Quotation sent"].id
        )[0].action
        is Action.DELETED
    )


def test_lost_reasons(services: Services, admin, somsri):
    svc = services.opportunity_stages
    assert svc.lost_reasons().reasons == DEFAULT_LOST_REASONS and svc.lost_reasons().version == 0
    with pytest.raises(PermissionDenied):
        svc.save_lost_reasons(somsri, ["x"], 0)
    with pytest.raises(ValidationError):
        svc.save_lost_reasons(admin, [" ", ""], 0)
    saved, changes = svc.save_lost_reasons(admin, ["แพงไป", " Giá cao ", "แพงไป", ""], 0)
    assert saved.reasons == ("แพงไป", "Giá cao") and saved.version == 1 and changes
    with pytest.raises(StaleRecordError):
        svc.save_lost_reasons(admin, ["other"], 0)
    with pytest.raises(StaleRecordError):
        svc.save_lost_reasons(admin, ["other"], 5)
    again, _ = svc.save_lost_reasons(admin, ["Giá cao"], 1)
    assert again.reasons == ("Giá cao",) and again.version == 2
    (row, _) = services.history.for_record(manager_of(services), EntityKind.SETTING, 0)
    assert row.changes["lost_reasons"] == (["แพงไป", "Giá cao"], ["Giá cao"])

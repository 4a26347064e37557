"""Handover split rules: how many of the selected customers each chosen staff member receives.

Pure functions over counts (no database): the handover dialog plans live on every keystroke with them, and
the service plans with the same functions before it writes, so the preview and the result always agree.
Messages are English templates marked with `msg` and translated by the UI.
"""

from __future__ import annotations

import heapq
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from salesapp.domain.errors import ValidationError, msg


class HandoverMethod(StrEnum):
    """How the selected customers are split between the chosen staff members."""

    ONE = "one"  # all of them to one staff member
    MANUAL = "manual"  # a count typed per staff member
    EVENLY = "evenly"  # as equal as possible, within a minimum and a maximum each
    LEAST_LOADED = "least_loaded"  # each next customer to whoever has the fewest customers


@dataclass(frozen=True)
class StaffLoad:
    """A staff member who can own customers, and how many customers they own now."""

    user_id: int
    name: str
    current_count: int


@dataclass(frozen=True)
class PlannedShare:
    """One line of the planned split: who, how many they have now, how many they receive."""

    user_id: int
    name: str
    current_count: int
    new_count: int

    @property
    def after(self) -> int:
        """Customers they will own after the handover."""
        return self.current_count + self.new_count


@dataclass(frozen=True)
class HandoverPlan:
    """The planned split shown before confirming, and handed back to the service to carry it out."""

    method: HandoverMethod
    shares: tuple[PlannedShare, ...]

    @property
    def customer_count(self) -> int:
        """How many customers the plan hands over."""
        return sum(s.new_count for s in self.shares)

    @property
    def split(self) -> dict[int, int]:
        """Staff id → how many customers, in staff order."""
        return {s.user_id: s.new_count for s in self.shares}


@dataclass(frozen=True)
class HandoverResult:
    """What a handover did: customers per receiving staff id, and customers left as they were."""

    handed_over: Mapping[int, int]
    unchanged: int  # already owned by the staff member the plan gave them to
    missing: int  # deleted on another desktop since they were selected

    @property
    def total(self) -> int:
        """Customers whose owner changed."""
        return sum(self.handed_over.values())


def _check_bounds(minimum: int | None, maximum: int | None) -> tuple[int, int | None]:
    low = minimum or 0
    if low < 0:
        raise ValidationError(msg("The minimum cannot be negative."), field="minimum")
    if maximum is not None and maximum < 0:
        raise ValidationError(msg("The maximum cannot be negative."), field="maximum")
    if maximum is not None and low > maximum:
        raise ValidationError(
            msg("The minimum ({minimum}) is larger than the maximum ({maximum})."),
            field="minimum",
            minimum=low,
            maximum=maximum,
        )
    return low, maximum


def _check_minimum(customer_count: int, staff_count: int, minimum: int) -> None:
    if customer_count < minimum * staff_count:
        raise ValidationError(
            msg(
                "{count} customers are too few to give each of the {staff} staff members at least "
                "{minimum}: that needs {needed}."
            ),
            field="minimum",
            count=customer_count,
            staff=staff_count,
            minimum=minimum,
            needed=minimum * staff_count,
        )


def _too_many(customer_count: int, staff_count: int, maximum: int) -> ValidationError:
    capacity = maximum * staff_count
    return ValidationError(
        msg(
            "{count} customers do not fit: at most {maximum} each for {staff} staff members takes "
            "{capacity}, so {left} would be left over."
        ),
        field="maximum",
        count=customer_count,
        maximum=maximum,
        staff=staff_count,
        capacity=capacity,
        left=customer_count - capacity,
    )


def plan_split(
    method: HandoverMethod,
    customer_count: int,
    staff: Sequence[StaffLoad],
    counts: Mapping[int, int] | None = None,
    minimum: int | None = None,
    maximum: int | None = None,
) -> dict[int, int]:
    """Staff id → how many of `customer_count` customers they receive, for every chosen staff member in
    `staff` order (zeros included); raises ValidationError saying why when the split is impossible.

    `counts` is used by MANUAL only (ids of staff not chosen are ignored). `minimum` and `maximum` bound
    the customers each staff member receives in this handover (not their total) and are used by EVENLY and
    LEAST_LOADED; None means no bound.
    """
    if customer_count <= 0:
        raise ValidationError(msg("Select at least one customer."), field="customers")
    if not staff:
        raise ValidationError(msg("Choose at least one staff member."), field="staff")
    if len({s.user_id for s in staff}) != len(staff):
        raise ValidationError(msg("A staff member is chosen twice."), field="staff")
    if method is HandoverMethod.ONE:
        if len(staff) != 1:
            raise ValidationError(msg("Choose exactly one staff member."), field="staff")
        return {staff[0].user_id: customer_count}
    if method is HandoverMethod.MANUAL:
        return _manual(customer_count, staff, counts or {})
    low, high = _check_bounds(minimum, maximum)
    _check_minimum(customer_count, len(staff), low)
    if method is HandoverMethod.EVENLY:
        return _evenly(customer_count, staff, high)
    return _least_loaded(customer_count, staff, low, high)


def _manual(customer_count: int, staff: Sequence[StaffLoad], counts: Mapping[int, int]) -> dict[int, int]:
    split = {s.user_id: counts.get(s.user_id, 0) for s in staff}
    for s in staff:
        if split[s.user_id] < 0:
            raise ValidationError(
                msg("The count for {name} cannot be negative."), field="counts", name=s.name
            )
    total = sum(split.values())
    if total != customer_count:
        raise ValidationError(
            msg("The counts add up to {total}, but {count} customers are selected."),
            field="counts",
            total=total,
            count=customer_count,
        )
    return split


def _evenly(customer_count: int, staff: Sequence[StaffLoad], maximum: int | None) -> dict[int, int]:
    base, extra = divmod(customer_count, len(staff))
    if maximum is not None and base + (1 if extra else 0) > maximum:
        raise _too_many(customer_count, len(staff), maximum)
    # The remainder goes to the first staff members in the order chosen: deterministic, as in the preview.
    return {s.user_id: base + (1 if i < extra else 0) for i, s in enumerate(staff)}


def _least_loaded(
    customer_count: int, staff: Sequence[StaffLoad], minimum: int, maximum: int | None
) -> dict[int, int]:
    if maximum is not None and customer_count > maximum * len(staff):
        raise _too_many(customer_count, len(staff), maximum)
    given = [minimum] * len(staff)
    # Heap of (load after what is planned so far, position in staff order): ties go to the earlier one.
    heap = [
        (s.current_count + minimum, i) for i, s in enumerate(staff) if maximum is None or minimum < maximum
    ]
    heapq.heapify(heap)
    for _ in range(customer_count - minimum * len(staff)):
        load, i = heapq.heappop(heap)
        given[i] += 1
        if maximum is None or given[i] < maximum:
            heapq.heappush(heap, (load + 1, i))
    return {s.user_id: given[i] for i, s in enumerate(staff)}


def plan_shares(
    method: HandoverMethod,
    customer_count: int,
    staff: Sequence[StaffLoad],
    counts: Mapping[int, int] | None = None,
    minimum: int | None = None,
    maximum: int | None = None,
) -> HandoverPlan:
    """`plan_split` as a HandoverPlan with names and current loads, for the preview and the service."""
    split = plan_split(method, customer_count, staff, counts, minimum, maximum)
    return HandoverPlan(
        method,
        tuple(PlannedShare(s.user_id, s.name, s.current_count, split[s.user_id]) for s in staff),
    )


def assign(customer_ids: Sequence[int], split: Mapping[int, int]) -> dict[int, list[int]]:
    """Staff id → the customer ids they receive: consecutive runs of `customer_ids` in the given order,
    staff in `split` order (staff with a zero count get none, and no entry)."""
    if any(n < 0 for n in split.values()):
        raise ValidationError(msg("A planned count cannot be negative."), field="counts")
    planned = sum(split.values())
    if planned != len(customer_ids):
        raise ValidationError(
            msg("The plan is for {planned} customers, but {count} are selected."),
            field="customers",
            planned=planned,
            count=len(customer_ids),
        )
    out: dict[int, list[int]] = {}
    start = 0
    for user_id, n in split.items():
        if n:
            out[user_id] = list(customer_ids[start : start + n])
            start += n
    return out

"""`salesapp bench`, customer import: 100,000 Thai and Vietnamese customers from a CSV file.

The import runs for real (read, validate, look up, insert, activity rows) inside a transaction that is
rolled back at the end, so a benchmark never leaves customers in a shop's database.
"""

from __future__ import annotations

import csv
import random
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from salesapp.demo.demo import (
    MAIL_DOMAINS,
    TH_FIRST,
    TH_LAST,
    TH_PLACES,
    VN_FAMILY,
    VN_GIVEN_F,
    VN_PLACES,
)
from salesapp.services.customers.customer_import import CustomerImportService, ImportMode
from salesapp.services.customers.customer_service import CustomerInput
from salesapp.services.registry import Services
from salesapp.services.shared.import_table import guess_mapping, read_table

Metric = Callable[[str, list[float], float | None, int], dict[str, Any]]
Timer = Callable[[Callable[[], Any], int], list[float]]

IMPORT_ROWS = 100_000
BASELINE_ROWS = 1_000
HEADER = ["ชื่อ-นามสกุล", "เบอร์โทร", "อีเมล", "ที่อยู่", "ตำบล/แขวง", "อำเภอ/เขต", "จังหวัด", "รหัสไปรษณีย์"]


def _rows(count: int, seed: int = 11) -> list[list[str]]:
    """Customers as a shop's spreadsheet holds them: Thai numbers written nationally, Vietnamese ones
    with +84 (the file is imported as Thai), some without e-mail.
    """
    rng = random.Random(seed)
    rows = []
    phones: set[str] = set()
    for i in range(count):
        if i % 3:
            (first, first_latin), (last, last_latin) = rng.choice(TH_FIRST), rng.choice(TH_LAST)
            name, latin = f"{first} {last}", f"{first_latin}.{last_latin}"
            province, district, subdistrict, postcode, road, _ = rng.choice(TH_PLACES)
            address = f"{rng.randint(1, 999)}/{rng.randint(1, 99)} ถ.{road}"
            while (digits := f"0{rng.choice('689')}{rng.randrange(10**8):08d}") in phones:
                pass
            phone = f"{digits[:3]}-{digits[3:6]}-{digits[6:]}"
        else:
            family, given = rng.choice(VN_FAMILY)[0], rng.choice(VN_GIVEN_F)
            name, latin = f"{family} Thị {given}", f"{given}.{family}".lower()
            province, district, subdistrict, _ = rng.choice(VN_PLACES)
            address, postcode = f"{rng.randint(1, 300)} Lê Lợi", ""
            while (digits := f"0{rng.choice('35789')}{rng.randrange(10**8):08d}") in phones:
                pass
            phone = f"+84 {digits[1:4]} {digits[4:7]} {digits[7:]}"
        phones.add(digits)
        email = f"{latin}{i}@{rng.choice(MAIL_DOMAINS)}" if rng.random() < 0.7 else ""
        rows.append([name, phone, email, address, subdistrict, district, province, postcode])
    return rows


def import_metric(services: Services, admin: Any, runs: int, ms: Timer, metric: Metric) -> dict[str, Any]:
    """Import IMPORT_ROWS customers in CREATE mode once (the run is the 100,000 rows; `runs` does not
    repeat it), beside the naive way: one `customers.create` per row, timed for BASELINE_ROWS and scaled.
    """
    del runs  # one import of 100,000 rows is the measurement
    svc = CustomerImportService(services.ctx)
    with tempfile.TemporaryDirectory(prefix="salesapp-bench-") as folder:
        path = Path(folder) / "customers.csv"
        with path.open("w", encoding="utf-8-sig", newline="") as out:
            csv.writer(out).writerows([HEADER, *_rows(IMPORT_ROWS)])
        created = 0

        def run_import() -> None:
            nonlocal created
            table = read_table(path)
            result, _ = svc.run(admin, table, guess_mapping(table.headers), ImportMode.CREATE, "TH")
            created = result.created

        with services.db.atomic() as transaction:
            samples = ms(run_import, 1)
            transaction.rollback()
    baseline_rows = iter(_rows(BASELINE_ROWS, seed=12))

    def naive_create() -> None:
        for name, phone, email, address, subdistrict, district, province, postcode in baseline_rows:
            services.customers.create(
                admin,
                CustomerInput(
                    name=name, phone=phone, email=email, address_line=address, subdistrict=subdistrict,
                    district=district, province=province, postcode=postcode,
                ),
            )  # fmt: skip

    with services.db.atomic() as transaction:
        # 1,000 rows one by one, times 100: the per-row way for 100,000 would take minutes.
        baseline = ms(naive_create, 1)[0] * (IMPORT_ROWS / BASELINE_ROWS)
        transaction.rollback()
    return metric("customer_import_100k", samples, baseline, created)

from __future__ import annotations

import dataclasses
import json
import unicodedata
from pathlib import Path

import pytest

from salesapp.domain.contact.contact_extract import ExtractedContact, extract_contact

MESSAGES = json.loads((Path(__file__).parent / "contact_messages.json").read_text(encoding="utf-8"))
FIELDS = ("phones", "postcode", "province", "district", "subdistrict", "address", "name")


def _id(message: dict) -> str:
    return f"{message['country']}:{message['text'][:40]}"


# --- the hand-made set ------------------------------------------------------------------------------------


def test_message_set_is_large_and_mixed() -> None:
    countries = [m["country"] for m in MESSAGES]
    assert len(MESSAGES) >= 70
    assert countries.count("TH") >= 30 and countries.count("VN") >= 30
    assert all("phones" in m["expect"] and "province" in m["expect"] for m in MESSAGES)
    assert sum(not m["expect"]["phones"] for m in MESSAGES) >= 20  # messages with no phone at all
    assert sum(len(m["expect"]["phones"]) >= 2 for m in MESSAGES) >= 6


@pytest.mark.parametrize("message", MESSAGES, ids=_id)
def test_message(message: dict) -> None:
    found = extract_contact(message["text"], message["country"]).as_json()
    for field, expected in message["expect"].items():
        assert found[field] == expected, field


def test_phone_precision_and_recall_on_the_set() -> None:
    true_pos = false_pos = false_neg = 0
    for message in MESSAGES:
        found = set(extract_contact(message["text"], message["country"]).phones)
        expected = set(message["expect"]["phones"])
        true_pos += len(found & expected)
        false_pos += len(found - expected)
        false_neg += len(expected - found)
    assert true_pos / (true_pos + false_pos) >= 0.95
    assert true_pos / (true_pos + false_neg) >= 0.95


# --- the examples of the issue ------------------------------------------------------------------------------


def test_spec_example_thai() -> None:
    found = extract_contact("โทร 089-123-4567 ส่ง 45/12 ม.3 ต.บางพูด อ.ปากเกร็ด จ.นนทบุรี 11120", "TH")
    assert found.phones == ("+66891234567",)
    assert found.postcode == "11120"
    assert found.province == "นนทบุรี"
    assert (found.district, found.subdistrict, found.address) == ("ปากเกร็ด", "บางพูด", "45/12 ม.3")


def test_spec_example_vietnamese() -> None:
    found = extract_contact("sdt 0987.654.321, 45 ngõ 102 Trường Chinh, Đống Đa, Hà Nội", "VN")
    assert found.phones == ("+84987654321",)
    assert found.province == "Hà Nội"
    assert found.address == "45 ngõ 102 Trường Chinh"


def test_spec_example_order_number() -> None:
    assert extract_contact("โอนแล้ว ออเดอร์ #100234567", "TH").phones == ()


# --- what is not a phone ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("ออเดอร์ 0891234567 ส่งแล้วค่ะ", "TH"),
        ("order #0891234567", "TH"),
        ("mã đơn 0987654321", "VN"),
        ("đơn hàng: 0987654321", "VN"),
    ],
)
def test_order_numbers_are_no_phones(text: str, country: str) -> None:
    assert extract_contact(text, country).phones == ()


@pytest.mark.parametrize(
    "text",
    [
        "โอนเข้า 068-2-12345-6 นะคะ",  # xxx-x-xxxxx-x: a Thai bank account, though 0682123456 is a mobile
        "บัญชี 0891234567 ค่ะ",
        "เลขที่บัญชี: 089-1-23456-7",
        "SCB 123-456789-0",
        "พร้อมเพย์ 0891234567",
    ],
)
def test_bank_accounts_are_no_phones(text: str) -> None:
    assert extract_contact(text, "TH").phones == ()


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("stk 0987654321 MB", "VN"),
        ("số tài khoản 0912345678 Vietcombank", "VN"),
        ("so tk: 0912 345 678", "VN"),
    ],
)
def test_vietnamese_bank_accounts_are_no_phones(text: str, country: str) -> None:
    assert extract_contact(text, country).phones == ()


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("เลขพัสดุ 0891234567", "TH"),
        ("Kerry KEX0891234567", "TH"),
        ("EMS EF123456789TH", "TH"),
        ("Flash TH0891234567A", "TH"),
        ("SPXTH0891234567", "TH"),
        ("tracking: 0891234567", "TH"),
        ("mã vận đơn 0987654321", "VN"),
        ("GHN: GHN0987654321", "VN"),
    ],
)
def test_tracking_numbers_are_no_phones(text: str, country: str) -> None:
    assert extract_contact(text, country).phones == ()


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("ราคา 1,290 บาท", "TH"),
        ("ยอด 0891234567 บาท", "TH"),
        ("รวม ฿1,290", "TH"),
        ("0891234567฿", "TH"),
        ("giá 0987654321đ", "VN"),
        ("1.290.000đ", "VN"),
        ("tổng 0987654321 VND", "VN"),
        ("350k", "VN"),
    ],
)
def test_prices_are_no_phones(text: str, country: str) -> None:
    assert extract_contact(text, country).phones == ()


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("นัดส่งวันที่ 12/05/2567", "TH"),
        ("2024-05-12 10:30", "TH"),
        ("02.12.2024", "TH"),
        ("ngày 12/05/2024", "VN"),
        ("ngày 0987654321", "VN"),
    ],
)
def test_dates_are_no_phones(text: str, country: str) -> None:
    assert extract_contact(text, country).phones == ()


# --- phones -------------------------------------------------------------------------------------------------


def test_several_phones_in_message_order_each_once() -> None:
    found = extract_contact("โทร 089-123-4567 หรือ 081 234 5678 / 0891234567 (เบอร์เดิม)", "TH")
    assert found.phones == ("+66891234567", "+66812345678")


def test_phones_with_calling_codes() -> None:
    assert extract_contact("Tel +66 81 234 5678", "TH").phones == ("+66812345678",)
    assert extract_contact("(+84) 912 345 678", "VN").phones == ("+84912345678",)
    assert extract_contact("zalo 84987654321", "VN").phones == ("+84987654321",)
    assert extract_contact("ติดต่อ +84 912 345 678", "TH").phones == ("+84912345678",)


def test_a_phone_beside_a_moo_number_is_still_found() -> None:
    assert extract_contact("45/12 ม.3 0891234567", "TH").phones == ("+66891234567",)


def test_foreign_numbers_are_not_taken() -> None:
    assert extract_contact("call +1 415 555 0100", "TH").phones == ()


# --- Thai ---------------------------------------------------------------------------------------------------


def test_thai_digits_everywhere() -> None:
    found = extract_contact("โทร ๐๘๙-๑๒๓-๔๕๖๗ ส่ง ๔๕/๑๒ ม.๓ ต.บางพูด อ.ปากเกร็ด จ.นนทบุรี ๑๑๑๒๐", "TH")
    assert found.phones == ("+66891234567",)
    assert found.postcode == "11120"
    assert found.province == "นนทบุรี"
    assert found.address == "45/12 ม.3"


def test_bangkok_forms() -> None:
    for bangkok in ("กทม", "กทม.", "กรุงเทพฯ", "กรุงเทพ", "กรุงเทพมหานคร", "จ.กรุงเทพมหานคร"):
        found = extract_contact(f"12 แขวงสีลม เขตบางรัก {bangkok} 10500", "TH")
        assert (found.province, found.district, found.subdistrict) == ("กรุงเทพมหานคร", "บางรัก", "สีลม")


def test_thai_parts_without_spaces() -> None:
    found = extract_contact("45/12ม.3ต.บางพูดอ.ปากเกร็ดจ.นนทบุรี11120", "TH")
    assert (found.subdistrict, found.district, found.province, found.postcode) == (
        "บางพูด",
        "ปากเกร็ด",
        "นนทบุรี",
        "11120",
    )


def test_postcode_alone_gives_the_province_when_it_is_clear() -> None:
    found = extract_contact("ส่งที่ 88/1 หมู่ 2 50230", "TH")
    assert (found.postcode, found.province, found.district, found.subdistrict) == (
        "50230",
        "เชียงใหม่",
        None,
        None,
    )


def test_postcode_chooses_among_subdistricts_of_the_same_name() -> None:
    assert extract_contact("ต.ในเมือง 30110", "TH").district == "พิมาย"
    assert extract_contact("ต.ในเมือง 30000", "TH").district == "เมืองนครราชสีมา"
    unclear = extract_contact("ต.ในเมือง", "TH")
    assert (unclear.subdistrict, unclear.district, unclear.province) == ("ในเมือง", None, None)


def test_parts_that_contradict_each_other_are_not_mixed() -> None:
    # Bang Kraso is only in Nonthaburi: the explicit province wins over a lone subdistrict, dropped.
    found = extract_contact("ต.บางกระสอ จ.ปทุมธานี", "TH")
    assert (found.province, found.district, found.subdistrict) == ("ปทุมธานี", None, None)
    # Bang Phut is in Nonthaburi and in Pathum Thani: the province says which.
    found = extract_contact("ต.บางพูด จ.ปทุมธานี", "TH")
    assert (found.province, found.district, found.subdistrict) == ("ปทุมธานี", "เมืองปทุมธานี", "บางพูด")
    # Subdistrict, district and province agree; the Bangkok postcode does not and is corrected.
    found = extract_contact("ต.บางพูด อ.ปากเกร็ด จ.นนทบุรี 10110", "TH")
    assert (found.province, found.postcode) == ("นนทบุรี", "11120")


def test_road_and_soi_names_are_no_areas() -> None:
    found = extract_contact("ซอยลาดพร้าว 101 ถ.บางนา-ตราด จ.สมุทรปราการ", "TH")
    assert (found.province, found.district) == ("สมุทรปราการ", None)


def test_chit_chat_names_no_province() -> None:
    assert extract_contact("ไว้จะไปเที่ยวเชียงใหม่นะคะ", "TH").province is None
    assert extract_contact("ส่งเลยค่ะ", "TH").province is None


def test_thai_names() -> None:
    assert extract_contact("ชื่อ สมชาย ใจดี โทร 0812345678", "TH").name == "สมชาย ใจดี"
    assert extract_contact("คุณสมหญิงค่ะ 0812345678", "TH").name == "สมหญิง"
    assert extract_contact("ผู้รับ: นางสาว มาลี ศรีสุข", "TH").name == "มาลี ศรีสุข"
    assert extract_contact("ขอบคุณค่ะ คุณภาพดีมาก", "TH").name is None


# --- Vietnamese ---------------------------------------------------------------------------------------------


def test_vietnamese_without_accents() -> None:
    found = extract_contact("so 5 ngo 10 thai ha, dong da, ha noi, sdt 0977888999", "VN")
    assert (found.province, found.district) == ("Hà Nội", "Quận Đống Đa")
    found = extract_contact("12 nguyen trai p ben thanh q1 tp hcm 0909123456", "VN")
    assert (found.province, found.district, found.subdistrict) == (
        "Hồ Chí Minh",
        "Quận 1",
        "Phường Bến Thành",
    )


@pytest.mark.parametrize("saigon", ["tp hcm", "TP.HCM", "hcm", "sg", "Sài Gòn", "TP. Hồ Chí Minh", "tphcm"])
def test_saigon_spellings(saigon: str) -> None:
    assert extract_contact(f"12 Lê Lợi, Q.1, {saigon}", "VN").province == "Hồ Chí Minh"


def test_accents_must_be_right_when_typed() -> None:
    assert extract_contact("12 Nguyễn Huệ, Huế", "VN").province == "Huế"
    assert extract_contact("số 12, chị Huệ", "VN").province is None


def test_old_and_new_vietnamese_names() -> None:
    # Before July 2025: ward, district and the old province; answered with the province of today.
    old = extract_contact("26 Lê Thánh Tôn, P. Bến Nghé, Q.1, TP.HCM", "VN")
    assert (old.province, old.district, old.subdistrict) == ("Hồ Chí Minh", "Quận 1", None)
    merged = extract_contact("15 đường 30/4, Phú Lợi, Thủ Dầu Một, Bình Dương", "VN")
    assert (merged.province, merged.district, merged.subdistrict) == (
        "Hồ Chí Minh",
        "Thành phố Thủ Dầu Một",
        "Phường Phú Lợi",
    )
    assert extract_contact("ấp 2, xã Tân Thạnh, Long An", "VN").province == "Tây Ninh"
    assert extract_contact("Hội An, Quảng Nam", "VN").province == "Đà Nẵng"
    # Since July 2025: ward and province only.
    new = extract_contact("26 Lê Thánh Tôn, Phường Sài Gòn, TP Hồ Chí Minh", "VN")
    assert (new.province, new.district, new.subdistrict) == ("Hồ Chí Minh", None, "Phường Sài Gòn")


def test_bare_name_of_both_a_district_and_a_ward() -> None:
    assert extract_contact("Trường Chinh, Đống Đa, Hà Nội", "VN").district == "Quận Đống Đa"
    found = extract_contact("Láng Hạ, phường Láng, Đống Đa, Hà Nội", "VN")
    assert (found.district, found.subdistrict) == ("Quận Đống Đa", "Phường Láng")


def test_province_names_in_street_names_are_no_provinces() -> None:
    found = extract_contact("12 đường Hà Nội, phường Bình Trưng, TP Thủ Đức", "VN")
    assert found.province == "Hồ Chí Minh"


def test_vietnamese_names() -> None:
    assert extract_contact("tên: Nguyễn Văn An, sdt 0912345678", "VN").name == "Nguyễn Văn An"
    assert extract_contact("Người nhận Lê Thị Hoa 0912345678", "VN").name == "Lê Thị Hoa"
    assert extract_contact("gửi chị Lan 0912345678", "VN").name == "Lan"
    assert extract_contact("28 Phan Chu Trinh, Hoàn Kiếm", "VN").name is None
    assert extract_contact("Tên shop: Hoa Mai", "VN").name is None


def test_vietnamese_has_no_postcode() -> None:
    assert extract_contact("12 Lê Lợi, Q.1, TP.HCM 700000", "VN").postcode is None


# --- the result ---------------------------------------------------------------------------------------------


def test_as_json_has_exactly_the_documented_keys() -> None:
    found = extract_contact("โทร 0891234567", "TH")
    assert list(found.as_json()) == list(FIELDS)
    assert found.as_json()["phones"] == ["+66891234567"]
    assert json.loads(json.dumps(found.as_json(), ensure_ascii=False)) == found.as_json()


def test_result_is_frozen_and_empty_for_empty_text() -> None:
    found = extract_contact("", "VN")
    assert found == ExtractedContact()
    with pytest.raises(dataclasses.FrozenInstanceError):
        found.province = "x"  # type: ignore[misc]


def test_input_is_normalised_and_output_is_nfc() -> None:
    decomposed = unicodedata.normalize("NFD", "tên: Nguyễn Văn An, 45 ngõ 102 Trường Chinh, Đống Đa, Hà Nội")
    found = extract_contact(decomposed, "VN")
    assert found.province == "Hà Nội" and found.name == "Nguyễn Văn An"
    for value in found.as_json().values():
        if isinstance(value, str):
            assert unicodedata.is_normalized("NFC", value)


def test_unknown_country() -> None:
    with pytest.raises(ValueError, match="unknown country"):
        extract_contact("0891234567", "LA")

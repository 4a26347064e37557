<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
<context>
    <name>ContactRequestDialog</name>
    <message>
        <location filename="../../salesapp/ui/dialogs/intake_dialogs.py" line="94"/>
        <source>New contact-back request</source>
        <translation>รายการติดต่อกลับใหม่</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/intake_dialogs.py" line="101"/>
        <source>Name:</source>
        <translation>ชื่อ:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/intake_dialogs.py" line="102"/>
        <source>Phone:</source>
        <translation>โทรศัพท์:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/intake_dialogs.py" line="103"/>
        <source>Country:</source>
        <translation>ประเทศ:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/intake_dialogs.py" line="104"/>
        <source>Product of interest:</source>
        <translation>สินค้าที่สนใจ:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/intake_dialogs.py" line="105"/>
        <source>Message:</source>
        <translation>ข้อความ:</translation>
    </message>
</context>
<context>
    <name>CustomersView</name>
    <message>
        <location filename="../../salesapp/ui/views/customers_view.py" line="35"/>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customers_view.py" line="36"/>
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customers_view.py" line="37"/>
        <source>Province</source>
        <translation>จังหวัด</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customers_view.py" line="38"/>
        <source>Salesperson</source>
        <translation>พนักงานขาย</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customers_view.py" line="38"/>
        <source>Pool</source>
        <translation>คลังลูกค้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customers_view.py" line="40"/>
        <source>Created</source>
        <translation>วันที่สร้าง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customers_view.py" line="44"/>
        <source>Search by name, phone or e-mail</source>
        <translation>ค้นหาด้วยชื่อ เบอร์โทร หรืออีเมล</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customers_view.py" line="47"/>
        <source>Newest first</source>
        <translation>ใหม่ล่าสุดก่อน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customers_view.py" line="48"/>
        <source>By name</source>
        <translation>เรียงตามชื่อ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customers_view.py" line="50"/>
        <source>Customers</source>
        <translation>ลูกค้า</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <location filename="../../salesapp/ui/widgets/date_edit.py" line="278"/>
        <source>dd/mm/yyyy</source>
        <translation>วว/ดด/ปปปป</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/date_edit.py" line="289"/>
        <source>Choose from the calendar (Alt+Down)</source>
        <translation>เลือกจากปฏิทิน (Alt+ลูกศรลง)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/date_edit.py" line="290"/>
        <source>Open calendar</source>
        <translation>เปิดปฏิทิน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/date_edit.py" line="433"/>
        <source>Not a valid date. Type it as dd/mm/yyyy.</source>
        <translation>วันที่ไม่ถูกต้อง กรุณาพิมพ์ในรูปแบบ วว/ดด/ปปปป</translation>
    </message>
</context>
<context>
    <name>DateTimeEdit</name>
    <message>
        <location filename="../../salesapp/ui/widgets/date_edit.py" line="485"/>
        <source>Time (24-hour)</source>
        <translation>เวลา (แบบ 24 ชั่วโมง)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/date_edit.py" line="486"/>
        <source>Now</source>
        <translation>ตอนนี้</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <location filename="../../salesapp/ui/dialogs/intake_dialogs.py" line="67"/>
        <source>Thailand</source>
        <translation>ประเทศไทย</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/intake_dialogs.py" line="68"/>
        <source>Vietnam</source>
        <translation>เวียดนาม</translation>
    </message>
</context>
<context>
    <name>EraCalendarWidget</name>
    <message>
        <location filename="../../salesapp/ui/widgets/date_edit.py" line="85"/>
        <source>Previous month</source>
        <translation>เดือนก่อนหน้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/date_edit.py" line="90"/>
        <source>Next month</source>
        <translation>เดือนถัดไป</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/date_edit.py" line="94"/>
        <source>Month</source>
        <translation>เดือน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/date_edit.py" line="98"/>
        <source>Year</source>
        <translation>ปี</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/date_edit.py" line="102"/>
        <source>Today</source>
        <translation>วันนี้</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../salesapp/ui/dialogs/first_run.py" line="52"/>
        <source>Welcome to salesapp</source>
        <translation>ยินดีต้อนรับสู่ salesapp</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/first_run.py" line="54"/>
        <source>Where should salesapp keep your shop&apos;s data?</source>
        <translation>ต้องการให้ salesapp เก็บข้อมูลร้านของคุณไว้ที่ใด</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/first_run.py" line="57"/>
        <source>On this computer (one shop, one desktop)</source>
        <translation>ในคอมพิวเตอร์เครื่องนี้ (ร้านเดียว ใช้เครื่องเดียว)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/first_run.py" line="59"/>
        <source>On the office&apos;s PostgreSQL server (shared by many desktops)</source>
        <translation>บนเซิร์ฟเวอร์ PostgreSQL ของสำนักงาน (ใช้ร่วมกันหลายเครื่อง)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/first_run.py" line="74"/>
        <source>First administrator (for a new database)</source>
        <translation>ผู้ดูแลระบบคนแรก (สำหรับฐานข้อมูลใหม่)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/first_run.py" line="78"/>
        <source>Your name as colleagues see it</source>
        <translation>ชื่อของคุณที่เพื่อนร่วมงานจะเห็น</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/first_run.py" line="83"/>
        <source>User name:</source>
        <translation>ชื่อผู้ใช้:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/first_run.py" line="84"/>
        <source>Display name:</source>
        <translation>ชื่อที่แสดง:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/first_run.py" line="85"/>
        <location filename="../../salesapp/ui/dialogs/first_run.py" line="137"/>
        <source>Password:</source>
        <translation>รหัสผ่าน:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/first_run.py" line="86"/>
        <source>Repeat password:</source>
        <translation>ยืนยันรหัสผ่าน:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/first_run.py" line="112"/>
        <source>Browse…</source>
        <translation>เลือก…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/first_run.py" line="117"/>
        <source>Database file:</source>
        <translation>ไฟล์ฐานข้อมูล:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/first_run.py" line="133"/>
        <source>Server:</source>
        <translation>เซิร์ฟเวอร์:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/first_run.py" line="134"/>
        <source>Port:</source>
        <translation>พอร์ต:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/first_run.py" line="135"/>
        <source>Database:</source>
        <translation>ฐานข้อมูล:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/first_run.py" line="136"/>
        <source>User:</source>
        <translation>ผู้ใช้:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/first_run.py" line="138"/>
        <source>The password is kept in the system&apos;s keyring, never in a plain file.</source>
        <translation>รหัสผ่านจะเก็บไว้ในที่เก็บรหัสผ่านของระบบ (keyring) ไม่เก็บเป็นไฟล์ธรรมดา</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/first_run.py" line="145"/>
        <source>Create</source>
        <translation>สร้าง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/first_run.py" line="145"/>
        <source>Connect</source>
        <translation>เชื่อมต่อ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/first_run.py" line="149"/>
        <source>Database file</source>
        <translation>ไฟล์ฐานข้อมูล</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/first_run.py" line="149"/>
        <source>salesapp database (*.sqlite3)</source>
        <translation>ฐานข้อมูล salesapp (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/first_run.py" line="157"/>
        <source>The two passwords are not the same.</source>
        <translation>รหัสผ่านทั้งสองช่องไม่ตรงกัน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/first_run.py" line="163"/>
        <source>Choose a file for the database.</source>
        <translation>กรุณาเลือกไฟล์สำหรับเก็บฐานข้อมูล</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/first_run.py" line="172"/>
        <source>Enter the server, the database and the user.</source>
        <translation>กรุณากรอกเซิร์ฟเวอร์ ฐานข้อมูล และผู้ใช้</translation>
    </message>
</context>
<context>
    <name>FollowUp</name>
    <message>
        <location filename="../../salesapp/ui/followup_labels.py" line="14"/>
        <source>Order</source>
        <translation>คำสั่งซื้อ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup_labels.py" line="15"/>
        <source>Contact-back request</source>
        <translation>รายการติดต่อกลับ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup_labels.py" line="16"/>
        <source>Payment notice</source>
        <translation>รายการแจ้งโอนเงิน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup_labels.py" line="19"/>
        <source>Orders</source>
        <translation>คำสั่งซื้อ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup_labels.py" line="20"/>
        <source>Contact-back requests</source>
        <translation>รายการติดต่อกลับ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup_labels.py" line="21"/>
        <source>Payment notices</source>
        <translation>รายการแจ้งโอนเงิน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup_labels.py" line="24"/>
        <location filename="../../salesapp/ui/followup_labels.py" line="32"/>
        <source>New</source>
        <translation>ยังไม่ได้ติดตาม</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup_labels.py" line="25"/>
        <location filename="../../salesapp/ui/followup_labels.py" line="34"/>
        <source>Tracking</source>
        <translation>กำลังติดตาม</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup_labels.py" line="26"/>
        <source>Due</source>
        <translation>ถึงกำหนด</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup_labels.py" line="27"/>
        <source>Overdue</source>
        <translation>เลยกำหนด</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup_labels.py" line="28"/>
        <location filename="../../salesapp/ui/followup_labels.py" line="35"/>
        <source>Closed</source>
        <translation>จบการติดตามแล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup_labels.py" line="31"/>
        <source>Open (new, due, tracking)</source>
        <translation>ที่ยังเปิดอยู่ (ใหม่ ถึงกำหนด กำลังติดตาม)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup_labels.py" line="33"/>
        <source>Due and overdue</source>
        <translation>ถึงกำหนดและเลยกำหนด</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup_labels.py" line="38"/>
        <source>Created</source>
        <translation>สร้าง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup_labels.py" line="39"/>
        <source>Changed</source>
        <translation>แก้ไข</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup_labels.py" line="40"/>
        <source>Deleted</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup_labels.py" line="41"/>
        <source>Note added</source>
        <translation>เพิ่มโน้ต</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup_labels.py" line="42"/>
        <source>Follow-up ended</source>
        <translation>จบการติดตาม</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup_labels.py" line="43"/>
        <source>Reopened</source>
        <translation>เปิดใหม่</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup_labels.py" line="44"/>
        <source>Matched payment</source>
        <translation>จับคู่การโอนเงิน</translation>
    </message>
</context>
<context>
    <name>FollowUpDetailPane</name>
    <message>
        <location filename="../../salesapp/ui/views/followup_detail.py" line="106"/>
        <source>Show the slip full size</source>
        <translation>ดูสลิปขนาดเต็ม</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_detail.py" line="108"/>
        <location filename="../../salesapp/ui/views/followup_detail.py" line="284"/>
        <source>Match to an order…</source>
        <translation>จับคู่กับคำสั่งซื้อ…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_detail.py" line="121"/>
        <source>No notes yet.</source>
        <translation>ยังไม่มีบันทึก</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_detail.py" line="123"/>
        <source>Write a note: what the customer said, what was agreed…</source>
        <translation>เขียนบันทึก: ลูกค้าพูดว่าอะไร ตกลงอะไรกันไว้…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_detail.py" line="128"/>
        <source>Save note</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_detail.py" line="131"/>
        <source>End follow-up</source>
        <translation>จบการติดตาม</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_detail.py" line="133"/>
        <source>Reopen</source>
        <translation>เปิดใหม่</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_detail.py" line="137"/>
        <source>Next follow-up:</source>
        <translation>ติดตามครั้งถัดไป:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_detail.py" line="166"/>
        <source>When</source>
        <translation>เวลา</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_detail.py" line="166"/>
        <source>Who</source>
        <translation>ผู้ดำเนินการ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_detail.py" line="166"/>
        <source>What</source>
        <translation>การดำเนินการ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_detail.py" line="166"/>
        <source>Details</source>
        <translation>รายละเอียด</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_detail.py" line="171"/>
        <source>Follow-up</source>
        <translation>ติดตาม</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_detail.py" line="172"/>
        <source>History</source>
        <translation>ประวัติ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_detail.py" line="177"/>
        <source>Select an item in the list to see it here.</source>
        <translation>เลือกรายการในตารางเพื่อดูรายละเอียดที่นี่</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_detail.py" line="214"/>
        <location filename="../../salesapp/ui/views/followup_detail.py" line="312"/>
        <source>next follow-up {0}</source>
        <translation>ติดตามครั้งถัดไป {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_detail.py" line="217"/>
        <source>Unassigned</source>
        <translation>ยังไม่มีผู้รับผิดชอบ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_detail.py" line="235"/>
        <source>Order {0}</source>
        <translation>คำสั่งซื้อ {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_detail.py" line="241"/>
        <source>Ordered</source>
        <translation>วันที่สั่งซื้อ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_detail.py" line="249"/>
        <source>Shipping</source>
        <translation>ค่าจัดส่ง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_detail.py" line="251"/>
        <source>Total</source>
        <translation>ยอดรวม</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_detail.py" line="256"/>
        <source>Payment</source>
        <translation>การชำระเงิน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_detail.py" line="256"/>
        <source>Paid by transfer ({0})</source>
        <translation>ชำระโดยการโอนเงิน ({0})</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_detail.py" line="259"/>
        <source>Order note</source>
        <translation>หมายเหตุคำสั่งซื้อ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_detail.py" line="261"/>
        <source>Contact-back request {0}</source>
        <translation>รายการติดต่อกลับ {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_detail.py" line="263"/>
        <location filename="../../salesapp/ui/views/followup_detail.py" line="272"/>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_detail.py" line="264"/>
        <location filename="../../salesapp/ui/views/followup_detail.py" line="273"/>
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_detail.py" line="265"/>
        <source>Received</source>
        <translation>ได้รับเมื่อ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_detail.py" line="266"/>
        <source>Product</source>
        <translation>สินค้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_detail.py" line="267"/>
        <source>Message</source>
        <translation>ข้อความ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_detail.py" line="270"/>
        <source>Payment notice {0}</source>
        <translation>รายการแจ้งโอนเงิน {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_detail.py" line="274"/>
        <source>Amount</source>
        <translation>จำนวนเงิน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_detail.py" line="275"/>
        <source>Bank</source>
        <translation>ธนาคาร</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_detail.py" line="276"/>
        <source>Transferred</source>
        <translation>โอนเมื่อ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_detail.py" line="277"/>
        <source>Order number given</source>
        <translation>เลขที่คำสั่งซื้อที่แจ้ง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_detail.py" line="278"/>
        <source>Matched order</source>
        <translation>คำสั่งซื้อที่จับคู่</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_detail.py" line="278"/>
        <source>Not matched yet</source>
        <translation>ยังไม่ได้จับคู่</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_detail.py" line="282"/>
        <source>Match to another order…</source>
        <translation>จับคู่กับคำสั่งซื้ออื่น…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_detail.py" line="314"/>
        <source>ended the follow-up</source>
        <translation>จบการติดตามแล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_detail.py" line="315"/>
        <source>(time set, no note)</source>
        <translation>(ตั้งเวลาไว้ ไม่มีบันทึก)</translation>
    </message>
</context>
<context>
    <name>FollowUpView</name>
    <message>
        <location filename="../../salesapp/ui/views/followup_view.py" line="105"/>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_view.py" line="108"/>
        <source>Type</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_view.py" line="109"/>
        <source>Number</source>
        <translation>เลขที่</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_view.py" line="110"/>
        <source>Customer</source>
        <translation>ลูกค้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_view.py" line="111"/>
        <source>Amount</source>
        <translation>จำนวนเงิน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_view.py" line="112"/>
        <source>Next follow-up</source>
        <translation>ติดตามครั้งถัดไป</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_view.py" line="113"/>
        <source>Latest note</source>
        <translation>บันทึกล่าสุด</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_view.py" line="114"/>
        <source>Salesperson</source>
        <translation>พนักงานขาย</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_view.py" line="114"/>
        <location filename="../../salesapp/ui/views/followup_view.py" line="126"/>
        <source>Unassigned</source>
        <translation>ยังไม่มีผู้รับผิดชอบ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_view.py" line="117"/>
        <source>All follow-ups</source>
        <translation>ทั้งหมด</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_view.py" line="125"/>
        <source>Mine</source>
        <translation>ของฉัน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_view.py" line="128"/>
        <source>Everyone</source>
        <translation>ทุกคน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_view.py" line="134"/>
        <source>New</source>
        <translation>เพิ่มใหม่</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_view.py" line="138"/>
        <source>Contact-back request…</source>
        <translation>รายการติดต่อกลับ…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_view.py" line="139"/>
        <source>Payment notice…</source>
        <translation>รายการแจ้งโอนเงิน…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_view.py" line="142"/>
        <source>Show:</source>
        <translation>แสดง:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_view.py" line="148"/>
        <source>Show due items</source>
        <translation>แสดงรายการที่ถึงกำหนด</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_view.py" line="223"/>
        <source>{0} follow-ups</source>
        <translation>{0} รายการติดตาม</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_view.py" line="234"/>
        <source>Next follow-up: {0}</source>
        <translation>ติดตามครั้งถัดไป: {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_view.py" line="244"/>
        <source>Latest note by {0}, {1}:</source>
        <translation>บันทึกล่าสุดโดย {0} เมื่อ {1}:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_view.py" line="247"/>
        <source>No notes yet.</source>
        <translation>ยังไม่มีบันทึก</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_view.py" line="343"/>
        <source>Note saved.</source>
        <translation>บันทึกแล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_view.py" line="349"/>
        <source>Follow-up ended.</source>
        <translation>จบการติดตามแล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_view.py" line="355"/>
        <source>Follow-up reopened.</source>
        <translation>เปิดการติดตามใหม่แล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_view.py" line="372"/>
        <source>Payment matched.</source>
        <translation>จับคู่การโอนเงินแล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_view.py" line="397"/>
        <source>{0} {1} saved.</source>
        <translation>บันทึก{0} {1} แล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_view.py" line="428"/>
        <source>Follow-up due: {0}</source>
        <translation>ถึงกำหนดติดตาม: {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_view.py" line="430"/>
        <source>{0} follow-ups are due</source>
        <translation>ถึงกำหนดติดตาม {0} รายการ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_view.py" line="440"/>
        <source>salesapp: {0} follow-ups today or overdue</source>
        <translation>salesapp: ต้องติดตามวันนี้หรือเลยกำหนด {0} รายการ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_view.py" line="447"/>
        <source>Today: {0} follow-ups planned, {1} overdue from earlier days.</source>
        <translation>วันนี้: มีนัดติดตาม {0} รายการ และเลยกำหนดจากวันก่อน ๆ {1} รายการ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_view.py" line="452"/>
        <source>Good morning</source>
        <translation>สวัสดีตอนเช้า</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../salesapp/app.py" line="241"/>
        <source>Connection to the server lost: reconnecting…</source>
        <translation>การเชื่อมต่อกับเซิร์ฟเวอร์ขาดหาย กำลังเชื่อมต่อใหม่…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/main_window.py" line="29"/>
        <source>Follow-up</source>
        <translation>ติดตาม</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/main_window.py" line="30"/>
        <source>Orders, call-back requests and payment notices to follow up until they close, with today&apos;s and overdue items first.</source>
        <translation>คำสั่งซื้อ รายการติดต่อกลับ และรายการแจ้งโอนเงินที่ต้องติดตามจนกว่าจะปิดงาน โดยแสดงรายการของวันนี้และรายการที่เลยกำหนดไว้ก่อน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/main_window.py" line="38"/>
        <source>Orders</source>
        <translation>คำสั่งซื้อ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/main_window.py" line="39"/>
        <source>Every order with its lines, totals, payment and shipping status.</source>
        <translation>คำสั่งซื้อทั้งหมด พร้อมรายการสินค้า ยอดรวม สถานะการชำระเงินและการจัดส่ง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/main_window.py" line="43"/>
        <source>Customers</source>
        <translation>ลูกค้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/main_window.py" line="44"/>
        <source>One profile per customer, filled from chat messages, tagged and handed over fairly between staff.</source>
        <translation>ลูกค้าหนึ่งรายมีหนึ่งโปรไฟล์ กรอกข้อมูลจากข้อความแชท ติดแท็ก และแบ่งให้พนักงานอย่างเป็นธรรม</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/main_window.py" line="52"/>
        <source>Upsell</source>
        <translation>อัพเซล</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/main_window.py" line="53"/>
        <source>Fresh orders to call before they ship, shared fairly between telesales staff.</source>
        <translation>คำสั่งซื้อใหม่ที่ต้องโทรหาลูกค้าก่อนจัดส่ง แบ่งให้พนักงานเทเลเซลส์อย่างเป็นธรรม</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/main_window.py" line="59"/>
        <source>Opportunities</source>
        <translation>โอกาสการขาย</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/main_window.py" line="60"/>
        <source>Possible sales moving through the pipeline stages, with their win probability.</source>
        <translation>โอกาสการขายที่กำลังผ่านแต่ละขั้นของไปป์ไลน์ พร้อมความน่าจะเป็นที่จะปิดการขายได้</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/main_window.py" line="66"/>
        <source>Reports</source>
        <translation>รายงาน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/main_window.py" line="67"/>
        <source>Follow-up, upsell and pipeline figures per staff member and period.</source>
        <translation>ตัวเลขการติดตาม อัพเซล และไปป์ไลน์ แยกตามพนักงานและช่วงเวลา</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/main_window.py" line="69"/>
        <source>Settings</source>
        <translation>ตั้งค่า</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/main_window.py" line="94"/>
        <source>salesapp</source>
        <translation>salesapp</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/main_window.py" line="124"/>
        <source>Local database file</source>
        <translation>ไฟล์ฐานข้อมูลในเครื่องนี้</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/main_window.py" line="124"/>
        <source>Shared PostgreSQL server</source>
        <translation>เซิร์ฟเวอร์ PostgreSQL ที่ใช้ร่วมกัน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/main_window.py" line="127"/>
        <source>Signed in as {0} ({1})</source>
        <translation>เข้าสู่ระบบในชื่อ {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/main_window.py" line="159"/>
        <source>&amp;File</source>
        <translation>ไฟล์(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/main_window.py" line="160"/>
        <source>Sign &amp;out</source>
        <translation>ออกจากระบบ(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/main_window.py" line="164"/>
        <source>&amp;Quit</source>
        <translation>ปิดโปรแกรม(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/main_window.py" line="169"/>
        <source>&amp;View</source>
        <translation>มุมมอง(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/main_window.py" line="177"/>
        <source>&amp;Refresh</source>
        <translation>รีเฟรช(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/main_window.py" line="181"/>
        <source>&amp;Preferences</source>
        <translation>การตั้งค่า(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/main_window.py" line="186"/>
        <source>&amp;Help</source>
        <translation>ช่วยเหลือ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/main_window.py" line="187"/>
        <source>&amp;About salesapp</source>
        <translation>เกี่ยวกับ salesapp(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/main_window.py" line="194"/>
        <source>About salesapp</source>
        <translation>เกี่ยวกับ salesapp</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/main_window.py" line="195"/>
        <source>salesapp {0}
Sales follow-up for small online shops.</source>
        <translation>salesapp {0}
โปรแกรมติดตามงานขายสำหรับร้านค้าออนไลน์ขนาดเล็ก</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/main_window.py" line="216"/>
        <source>Administrator</source>
        <translation>ผู้ดูแลระบบ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/main_window.py" line="217"/>
        <source>Manager</source>
        <translation>ผู้จัดการ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/main_window.py" line="218"/>
        <source>Sales</source>
        <translation>พนักงานขาย</translation>
    </message>
</context>
<context>
    <name>MatchDialog</name>
    <message>
        <location filename="../../salesapp/ui/dialogs/intake_dialogs.py" line="189"/>
        <source>Match payment notice {0}</source>
        <translation>จับคู่รายการแจ้งโอนเงิน {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/intake_dialogs.py" line="192"/>
        <source>{0} transferred {1} from {2}.</source>
        <translation>{0} โอนเงิน {1} จาก {2}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/intake_dialogs.py" line="201"/>
        <source>Order</source>
        <translation>คำสั่งซื้อ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/intake_dialogs.py" line="202"/>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/intake_dialogs.py" line="203"/>
        <source>Customer</source>
        <translation>ลูกค้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/intake_dialogs.py" line="204"/>
        <source>Total</source>
        <translation>ยอดรวม</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/intake_dialogs.py" line="205"/>
        <source>Why suggested</source>
        <translation>เหตุผลที่แนะนำ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/intake_dialogs.py" line="211"/>
        <source>Looking for orders…</source>
        <translation>กำลังค้นหาคำสั่งซื้อ…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/intake_dialogs.py" line="213"/>
        <source>Match</source>
        <translation>จับคู่</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/intake_dialogs.py" line="233"/>
        <source>order number given</source>
        <translation>เลขที่คำสั่งซื้อตรงกับที่แจ้ง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/intake_dialogs.py" line="234"/>
        <source>same amount</source>
        <translation>ยอดเงินตรงกัน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/intake_dialogs.py" line="235"/>
        <source>same customer</source>
        <translation>ลูกค้าคนเดียวกัน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/intake_dialogs.py" line="238"/>
        <source>same phone</source>
        <translation>เบอร์โทรตรงกัน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/intake_dialogs.py" line="249"/>
        <source>No orders of this customer were found.</source>
        <translation>ไม่พบคำสั่งซื้อของลูกค้ารายนี้</translation>
    </message>
</context>
<context>
    <name>OrdersView</name>
    <message>
        <location filename="../../salesapp/ui/views/orders_view.py" line="24"/>
        <source>Awaiting</source>
        <translation>รอยืนยัน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/orders_view.py" line="25"/>
        <source>Confirmed</source>
        <translation>ยืนยันแล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/orders_view.py" line="26"/>
        <source>Packed</source>
        <translation>แพ็คแล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/orders_view.py" line="27"/>
        <source>Shipped</source>
        <translation>จัดส่งแล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/orders_view.py" line="28"/>
        <source>Delivered</source>
        <translation>ส่งถึงแล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/orders_view.py" line="29"/>
        <source>Cancelled</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/orders_view.py" line="30"/>
        <source>Returned</source>
        <translation>ตีกลับ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/orders_view.py" line="49"/>
        <source>Order</source>
        <translation>คำสั่งซื้อ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/orders_view.py" line="50"/>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/orders_view.py" line="51"/>
        <source>Customer</source>
        <translation>ลูกค้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/orders_view.py" line="52"/>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/orders_view.py" line="53"/>
        <source>Total</source>
        <translation>ยอดรวม</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/orders_view.py" line="54"/>
        <source>Salesperson</source>
        <translation>พนักงานขาย</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/orders_view.py" line="57"/>
        <source>All</source>
        <translation>ทั้งหมด</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/orders_view.py" line="66"/>
        <source>Search by order number, customer name or phone</source>
        <translation>ค้นหาด้วยเลขที่ออเดอร์ ชื่อลูกค้า หรือเบอร์โทร</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/orders_view.py" line="113"/>
        <source>{0} orders found</source>
        <translation>พบ {0} ออเดอร์</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/orders_view.py" line="115"/>
        <source>The first {0} orders found; type more to narrow the search</source>
        <translation>แสดง {0} ออเดอร์แรกที่พบ พิมพ์เพิ่มเพื่อค้นหาให้แคบลง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/orders_view.py" line="117"/>
        <source>{0} orders</source>
        <translation>{0} คำสั่งซื้อ</translation>
    </message>
</context>
<context>
    <name>PaymentNoticeDialog</name>
    <message>
        <location filename="../../salesapp/ui/dialogs/intake_dialogs.py" line="118"/>
        <source>New payment notice</source>
        <translation>รายการแจ้งโอนเงินใหม่</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/intake_dialogs.py" line="129"/>
        <source>No slip attached</source>
        <translation>ยังไม่ได้แนบสลิป</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/intake_dialogs.py" line="130"/>
        <source>Attach slip…</source>
        <translation>แนบสลิป…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/intake_dialogs.py" line="140"/>
        <source>Name:</source>
        <translation>ชื่อ:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/intake_dialogs.py" line="141"/>
        <source>Phone:</source>
        <translation>โทรศัพท์:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/intake_dialogs.py" line="142"/>
        <source>Country:</source>
        <translation>ประเทศ:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/intake_dialogs.py" line="143"/>
        <source>Amount:</source>
        <translation>จำนวนเงิน:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/intake_dialogs.py" line="144"/>
        <source>Bank:</source>
        <translation>ธนาคาร:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/intake_dialogs.py" line="145"/>
        <source>Transferred at:</source>
        <translation>เวลาที่โอน:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/intake_dialogs.py" line="146"/>
        <source>Order number given:</source>
        <translation>เลขที่คำสั่งซื้อที่แจ้ง:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/intake_dialogs.py" line="147"/>
        <source>Slip:</source>
        <translation>สลิป:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/intake_dialogs.py" line="152"/>
        <source>Choose the payment slip</source>
        <translation>เลือกสลิปการโอนเงิน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/intake_dialogs.py" line="152"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>รูปภาพ (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../salesapp/ui/views/settings_view.py" line="34"/>
        <source>This desktop</source>
        <translation>เครื่องนี้</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/settings_view.py" line="37"/>
        <source>System language</source>
        <translation>ภาษาของระบบ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/settings_view.py" line="41"/>
        <source>Show and type years in the Buddhist era (2569 = 2026)</source>
        <translation>แสดงและพิมพ์ปีเป็นพุทธศักราช (2569 = 2026)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/settings_view.py" line="43"/>
        <source>Language:</source>
        <translation>ภาษา:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/settings_view.py" line="45"/>
        <source>Save preferences</source>
        <translation>บันทึกการตั้งค่า</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/settings_view.py" line="50"/>
        <source>Database</source>
        <translation>ฐานข้อมูล</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/settings_view.py" line="54"/>
        <source>In use:</source>
        <translation>ที่ใช้อยู่:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/settings_view.py" line="68"/>
        <source>Saved. The new language is used when salesapp starts again.</source>
        <translation>บันทึกแล้ว ภาษาใหม่จะมีผลเมื่อเปิด salesapp ครั้งถัดไป</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/settings_view.py" line="70"/>
        <source>Saved.</source>
        <translation>บันทึกแล้ว</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../salesapp/ui/dialogs/sign_in.py" line="25"/>
        <source>Sign in to salesapp</source>
        <translation>เข้าสู่ระบบ salesapp</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/sign_in.py" line="28"/>
        <source>Database: {0}</source>
        <translation>ฐานข้อมูล: {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/sign_in.py" line="34"/>
        <source>User name:</source>
        <translation>ชื่อผู้ใช้:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/sign_in.py" line="35"/>
        <source>Password:</source>
        <translation>รหัสผ่าน:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/sign_in.py" line="40"/>
        <source>Sign in</source>
        <translation>เข้าสู่ระบบ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/sign_in.py" line="41"/>
        <source>Other database…</source>
        <translation>ฐานข้อมูลอื่น…</translation>
    </message>
</context>
<context>
    <name>SlipDialog</name>
    <message>
        <location filename="../../salesapp/ui/dialogs/intake_dialogs.py" line="266"/>
        <source>Payment slip</source>
        <translation>สลิปการโอนเงิน</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../salesapp/app.py" line="102"/>
        <source>This database is new: create its first administrator.</source>
        <translation>ฐานข้อมูลนี้ยังใหม่ กรุณาสร้างผู้ดูแลระบบคนแรก</translation>
    </message>
    <message>
        <location filename="../../salesapp/db/connection.py" line="75"/>
        <source>The database {path} is read-only: salesapp needs to write to it.</source>
        <translation>ฐานข้อมูล {path} เป็นแบบอ่านอย่างเดียว แต่ salesapp ต้องบันทึกข้อมูลลงไปได้</translation>
    </message>
    <message>
        <location filename="../../salesapp/db/connection.py" line="78"/>
        <location filename="../../salesapp/db/connection.py" line="81"/>
        <location filename="../../salesapp/db/connection.py" line="172"/>
        <source>The database cannot be opened: {detail}</source>
        <translation>เปิดฐานข้อมูลไม่ได้: {detail}</translation>
    </message>
    <message>
        <location filename="../../salesapp/db/connection.py" line="110"/>
        <source>{path} is on a network share. SQLite files are not safe on shared folders: several desktops would damage it. Use a PostgreSQL server to share data.</source>
        <translation>{path} อยู่ในโฟลเดอร์แชร์บนเครือข่าย ไฟล์ SQLite ไม่ปลอดภัยเมื่ออยู่ในโฟลเดอร์แชร์ เพราะหากหลายเครื่องใช้พร้อมกันไฟล์จะเสียหาย หากต้องการใช้ข้อมูลร่วมกัน กรุณาใช้เซิร์ฟเวอร์ PostgreSQL</translation>
    </message>
    <message>
        <location filename="../../salesapp/db/connection.py" line="119"/>
        <source>There is no database file at {path}.</source>
        <translation>ไม่พบไฟล์ฐานข้อมูลที่ {path}</translation>
    </message>
    <message>
        <location filename="../../salesapp/db/connection.py" line="124"/>
        <source>The folder {folder} cannot be created: {detail}</source>
        <translation>สร้างโฟลเดอร์ {folder} ไม่ได้: {detail}</translation>
    </message>
    <message>
        <location filename="../../salesapp/db/connection.py" line="130"/>
        <source>The folder {folder} is read-only: salesapp needs to write its database there.</source>
        <translation>โฟลเดอร์ {folder} เป็นแบบอ่านอย่างเดียว แต่ salesapp ต้องบันทึกฐานข้อมูลไว้ในโฟลเดอร์นี้</translation>
    </message>
    <message>
        <location filename="../../salesapp/db/connection.py" line="140"/>
        <location filename="../../salesapp/db/connection.py" line="175"/>
        <location filename="../../salesapp/db/connection.py" line="184"/>
        <source>{path} is not a salesapp database (it is not an SQLite file).</source>
        <translation>{path} ไม่ใช่ฐานข้อมูลของ salesapp (ไม่ใช่ไฟล์ SQLite)</translation>
    </message>
    <message>
        <location filename="../../salesapp/db/connection.py" line="190"/>
        <source>{path} is an SQLite file of another program, not a salesapp database.</source>
        <translation>{path} เป็นไฟล์ SQLite ของโปรแกรมอื่น ไม่ใช่ฐานข้อมูลของ salesapp</translation>
    </message>
    <message>
        <location filename="../../salesapp/db/connection.py" line="230"/>
        <source>The server {server} refused the user name or password.</source>
        <translation>เซิร์ฟเวอร์ {server} ไม่ยอมรับชื่อผู้ใช้หรือรหัสผ่าน</translation>
    </message>
    <message>
        <location filename="../../salesapp/db/connection.py" line="233"/>
        <source>The server has no database “{name}”.</source>
        <translation>ไม่มีฐานข้อมูล “{name}” บนเซิร์ฟเวอร์</translation>
    </message>
    <message>
        <location filename="../../salesapp/db/connection.py" line="235"/>
        <source>The database server {server} cannot be reached: {detail}</source>
        <translation>เชื่อมต่อเซิร์ฟเวอร์ฐานข้อมูล {server} ไม่ได้: {detail}</translation>
    </message>
    <message>
        <location filename="../../salesapp/db/migrations/__init__.py" line="81"/>
        <source>This database was created by a newer version of salesapp (schema {found}, this app knows {latest}). Install the newer salesapp; the database was not changed.</source>
        <translation>ฐานข้อมูลนี้สร้างโดย salesapp เวอร์ชันที่ใหม่กว่า (สคีมา {found} แต่โปรแกรมนี้รู้จักถึง {latest}) กรุณาติดตั้ง salesapp เวอร์ชันใหม่ ฐานข้อมูลยังไม่ถูกแก้ไขใด ๆ</translation>
    </message>
    <message>
        <location filename="../../salesapp/db/url.py" line="53"/>
        <source>The database address “{url}” names no file.</source>
        <translation>ที่อยู่ฐานข้อมูล “{url}” ไม่ได้ระบุไฟล์</translation>
    </message>
    <message>
        <location filename="../../salesapp/db/url.py" line="57"/>
        <source>The database address “{url}” names no database.</source>
        <translation>ที่อยู่ฐานข้อมูล “{url}” ไม่ได้ระบุชื่อฐานข้อมูล</translation>
    </message>
    <message>
        <location filename="../../salesapp/db/url.py" line="68"/>
        <source>“{url}” is not a database address: use sqlite:///path or postgresql://user@host/database.</source>
        <translation>“{url}” ไม่ใช่ที่อยู่ฐานข้อมูล กรุณาใช้รูปแบบ sqlite:///path หรือ postgresql://user@host/database</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/errors.py" line="55"/>
        <source>This record was changed by {user} at {time}. Reload it and apply your change again.</source>
        <translation>{user} แก้ไขรายการนี้เมื่อเวลา {time} น. กรุณาโหลดใหม่แล้วแก้ไขอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/images.py" line="25"/>
        <source>“{name}” is {size} MB; images may be at most {limit} MB.</source>
        <translation>“{name}” มีขนาด {size} MB แต่รูปภาพต้องมีขนาดไม่เกิน {limit} MB</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/images.py" line="33"/>
        <source>“{name}” is not a PNG or JPEG image.</source>
        <translation>“{name}” ไม่ใช่ไฟล์รูปภาพ PNG หรือ JPEG</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/money.py" line="50"/>
        <location filename="../../salesapp/domain/money.py" line="55"/>
        <location filename="../../salesapp/domain/money.py" line="63"/>
        <source>“{text}” is not an amount of money.</source>
        <translation>“{text}” ไม่ใช่จำนวนเงินที่ถูกต้อง</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/phone.py" line="88"/>
        <source>“{text}” is not a valid phone number.</source>
        <translation>“{text}” ไม่ใช่เบอร์โทรศัพท์ที่ถูกต้อง</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/audit.py" line="89"/>
        <location filename="../../salesapp/services/customers.py" line="101"/>
        <location filename="../../salesapp/services/customers.py" line="143"/>
        <location filename="../../salesapp/services/followups.py" line="47"/>
        <source>This record no longer exists: it was deleted on another desktop.</source>
        <translation>ไม่มีรายการนี้แล้ว เนื่องจากถูกลบจากเครื่องอื่น</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers.py" line="50"/>
        <location filename="../../salesapp/services/intake.py" line="127"/>
        <source>Enter the customer&apos;s name.</source>
        <translation>กรุณากรอกชื่อลูกค้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers.py" line="54"/>
        <source>“{text}” is not an e-mail address.</source>
        <translation>“{text}” ไม่ใช่อีเมลที่ถูกต้อง</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers.py" line="57"/>
        <source>“{text}” is not a postcode.</source>
        <translation>“{text}” ไม่ใช่รหัสไปรษณีย์ที่ถูกต้อง</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers.py" line="59"/>
        <source>Choose Thailand or Vietnam.</source>
        <translation>กรุณาเลือกประเทศไทยหรือเวียดนาม</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers.py" line="95"/>
        <source>This customer belongs to another salesperson.</source>
        <translation>ลูกค้ารายนี้เป็นของพนักงานขายคนอื่น</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/followups.py" line="73"/>
        <source>This follow-up belongs to another salesperson.</source>
        <translation>รายการติดตามนี้เป็นของพนักงานขายคนอื่น</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/followups.py" line="223"/>
        <source>The next follow-up time has passed. Choose a later time, or “Now” to follow up now.</source>
        <translation>เวลาติดตามครั้งถัดไปผ่านไปแล้ว กรุณาเลือกเวลาที่ช้ากว่านี้ หรือกด “ตอนนี้” เพื่อติดตามทันที</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/followups.py" line="240"/>
        <source>Write a note or choose the next follow-up time.</source>
        <translation>กรุณาเขียนบันทึกหรือเลือกเวลาติดตามครั้งถัดไป</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/followups.py" line="245"/>
        <source>This follow-up is closed; a manager can reopen it.</source>
        <translation>รายการนี้จบการติดตามแล้ว ผู้จัดการสามารถเปิดใหม่ได้</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/followups.py" line="311"/>
        <source>This follow-up is already closed.</source>
        <translation>รายการนี้จบการติดตามไปแล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/followups.py" line="331"/>
        <source>Only a manager can reopen a closed follow-up.</source>
        <translation>เฉพาะผู้จัดการเท่านั้นที่เปิดรายการที่จบการติดตามแล้วใหม่ได้</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/followups.py" line="336"/>
        <source>This follow-up is open.</source>
        <translation>รายการนี้ยังอยู่ระหว่างการติดตาม</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/intake.py" line="129"/>
        <source>Enter the customer&apos;s phone number.</source>
        <translation>กรุณากรอกเบอร์โทรศัพท์ลูกค้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/intake.py" line="140"/>
        <source>The time received cannot be in the future.</source>
        <translation>เวลาที่ได้รับต้องไม่เป็นเวลาในอนาคต</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/intake.py" line="152"/>
        <location filename="../../salesapp/ui/dialogs/intake_dialogs.py" line="166"/>
        <source>Enter the amount transferred.</source>
        <translation>กรุณากรอกจำนวนเงินที่โอน</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/intake.py" line="154"/>
        <source>Enter the bank the money was sent from.</source>
        <translation>กรุณากรอกธนาคารที่โอนเงินมา</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/intake.py" line="157"/>
        <source>The transfer time cannot be in the future.</source>
        <translation>เวลาที่โอนต้องไม่เป็นเวลาในอนาคต</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/intake.py" line="226"/>
        <source>Order {order} is already paid by payment notice {notice}.</source>
        <translation>คำสั่งซื้อ {order} ชำระเงินแล้วตามรายการแจ้งโอนเงิน {notice}</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/users.py" line="42"/>
        <source>Enter a user name.</source>
        <translation>กรุณากรอกชื่อผู้ใช้</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/users.py" line="44"/>
        <source>A user name cannot contain spaces.</source>
        <translation>ชื่อผู้ใช้ต้องไม่มีช่องว่าง</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/users.py" line="47"/>
        <source>The password must have at least {n} characters.</source>
        <translation>รหัสผ่านต้องมีอย่างน้อย {n} ตัวอักษร</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/users.py" line="60"/>
        <source>This database already has users: sign in instead.</source>
        <translation>ฐานข้อมูลนี้มีผู้ใช้อยู่แล้ว กรุณาเข้าสู่ระบบแทน</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/users.py" line="68"/>
        <location filename="../../salesapp/services/users.py" line="145"/>
        <source>Only an administrator can manage staff accounts.</source>
        <translation>เฉพาะผู้ดูแลระบบเท่านั้นที่จัดการบัญชีพนักงานได้</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/users.py" line="73"/>
        <source>The user name “{name}” is taken.</source>
        <translation>ชื่อผู้ใช้ “{name}” มีคนใช้แล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/users.py" line="104"/>
        <source>Wrong user name or password.</source>
        <translation>ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/users.py" line="112"/>
        <source>This account is disabled. Ask your manager.</source>
        <translation>บัญชีนี้ถูกระงับการใช้งาน กรุณาติดต่อผู้จัดการ</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/users.py" line="152"/>
        <source>The last administrator cannot lose the administrator role.</source>
        <translation>ไม่สามารถถอดสิทธิ์ผู้ดูแลระบบออกจากผู้ดูแลระบบคนสุดท้ายได้</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/intake_dialogs.py" line="169"/>
        <source>Enter when the money was transferred.</source>
        <translation>กรุณากรอกเวลาที่โอนเงิน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/i18n.py" line="77"/>
        <source>Something went wrong: {detail}</source>
        <translation>เกิดข้อผิดพลาด: {detail}</translation>
    </message>
</context>
</TS>

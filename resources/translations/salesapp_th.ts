<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
<context>
    <name>AppointmentDialog</name>
    <message>
        <location filename="../../salesapp/ui/dialogs/appointment_dialog.py" line="84"/>
        <source>New appointment</source>
        <translation>นัดหมายใหม่</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/appointment_dialog.py" line="86"/>
        <source>Move appointment</source>
        <translation>เลื่อนนัดหมาย</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/appointment_dialog.py" line="89"/>
        <source>Meeting with &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>นัดพบกับ &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/appointment_dialog.py" line="95"/>
        <source> min</source>
        <translation> นาที</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/appointment_dialog.py" line="97"/>
        <source>Shop, office, café, customer&apos;s address…</source>
        <translation>ร้าน สำนักงาน คาเฟ่ ที่อยู่ลูกค้า…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/appointment_dialog.py" line="99"/>
        <source>What the meeting is for</source>
        <translation>นัดพบเพื่ออะไร</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/appointment_dialog.py" line="103"/>
        <source>When:</source>
        <translation>เวลา:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/appointment_dialog.py" line="110"/>
        <source>Duration:</source>
        <translation>ระยะเวลา:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/appointment_dialog.py" line="111"/>
        <source>Place:</source>
        <translation>สถานที่:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/appointment_dialog.py" line="112"/>
        <source>Purpose:</source>
        <translation>วัตถุประสงค์:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/appointment_dialog.py" line="122"/>
        <source>Call off meeting…</source>
        <translation>ยกเลิกนัด…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/appointment_dialog.py" line="154"/>
        <source>until {0}</source>
        <translation>ถึง {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/appointment_dialog.py" line="162"/>
        <source>Type the date as dd/mm/yyyy.</source>
        <translation>กรุณาพิมพ์วันที่ในรูปแบบ วว/ดด/ปปปป</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/appointment_dialog.py" line="165"/>
        <source>Enter the date of the meeting.</source>
        <translation>กรุณากรอกวันที่นัดพบ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/appointment_dialog.py" line="189"/>
        <source>Call off meeting</source>
        <translation>ยกเลิกนัด</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/appointment_dialog.py" line="190"/>
        <source>Call off this meeting? It is removed from the calendar; the history keeps it.</source>
        <translation>ต้องการยกเลิกนัดนี้หรือไม่ นัดจะถูกนำออกจากปฏิทิน แต่ยังเก็บไว้ในประวัติ</translation>
    </message>
</context>
<context>
    <name>AppointmentsWeekView</name>
    <message>
        <location filename="../../salesapp/ui/views/appointments_week.py" line="119"/>
        <source>◀ Previous week</source>
        <translation>◀ สัปดาห์ก่อน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/appointments_week.py" line="120"/>
        <source>This week</source>
        <translation>สัปดาห์นี้</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/appointments_week.py" line="121"/>
        <source>Next week ▶</source>
        <translation>สัปดาห์หน้า ▶</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/appointments_week.py" line="217"/>
        <source>%n meeting(s)</source>
        <translation>%n นัด</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/appointments_week.py" line="234"/>
        <source>Outcome: {0}</source>
        <translation>ผลลัพธ์: {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/appointments_week.py" line="240"/>
        <source>The outcome is not recorded yet.</source>
        <translation>ยังไม่ได้บันทึกผลลัพธ์</translation>
    </message>
</context>
<context>
    <name>BillDialog</name>
    <message>
        <location filename="../../salesapp/ui/dialogs/bill_dialog.py" line="104"/>
        <source>New order for {0}</source>
        <translation>คำสั่งซื้อใหม่ของ {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/bill_dialog.py" line="134"/>
        <source>Type part of the product name or SKU</source>
        <translation>พิมพ์บางส่วนของชื่อสินค้าหรือ SKU</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/bill_dialog.py" line="151"/>
        <source>Add line</source>
        <translation>เพิ่มรายการ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/bill_dialog.py" line="160"/>
        <source>Quantity:</source>
        <translation>จำนวน:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/bill_dialog.py" line="163"/>
        <source>Discount:</source>
        <translation>ส่วนลด:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/bill_dialog.py" line="168"/>
        <source>Product:</source>
        <translation>สินค้า:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/bill_dialog.py" line="169"/>
        <source>Unit:</source>
        <translation>หน่วย:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/bill_dialog.py" line="172"/>
        <source>Product</source>
        <translation>สินค้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/bill_dialog.py" line="173"/>
        <source>Unit</source>
        <translation>หน่วย</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/bill_dialog.py" line="174"/>
        <source>Qty</source>
        <translation>จำนวน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/bill_dialog.py" line="175"/>
        <source>Unit price</source>
        <translation>ราคาต่อหน่วย</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/bill_dialog.py" line="176"/>
        <source>Discount</source>
        <translation>ส่วนลด</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/bill_dialog.py" line="177"/>
        <source>Line total</source>
        <translation>รวม</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/bill_dialog.py" line="195"/>
        <source>Remove line</source>
        <translation>ลบรายการ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/bill_dialog.py" line="206"/>
        <source>For the packer or the courier, e.g. call before delivery</source>
        <translation>สำหรับคนแพ็กหรือขนส่ง เช่น โทรก่อนส่ง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/bill_dialog.py" line="226"/>
        <source>Shipping:</source>
        <translation>ค่าจัดส่ง:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/bill_dialog.py" line="227"/>
        <source>Note:</source>
        <translation>หมายเหตุ:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/bill_dialog.py" line="268"/>
        <source>No products are priced in {0}: add them to the catalogue first.</source>
        <translation>ยังไม่มีสินค้าที่ตั้งราคาเป็น {0} กรุณาเพิ่มสินค้าในรายการสินค้าก่อน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/bill_dialog.py" line="413"/>
        <source>Subtotal {0} (after {1} of discounts)</source>
        <translation>ยอดรวมสินค้า {0} (หักส่วนลด {1} แล้ว)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/bill_dialog.py" line="415"/>
        <source>Subtotal {0}</source>
        <translation>ยอดรวมสินค้า {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/bill_dialog.py" line="417"/>
        <source>Shipping not counted: it is not an amount</source>
        <translation>ไม่ได้รวมค่าจัดส่ง เพราะไม่ใช่จำนวนเงินที่ถูกต้อง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/bill_dialog.py" line="419"/>
        <source>Shipping {0}</source>
        <translation>ค่าจัดส่ง {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/bill_dialog.py" line="421"/>
        <source>Total {0}</source>
        <translation>ยอดรวม {0}</translation>
    </message>
</context>
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
    <name>CustomerDialog</name>
    <message>
        <location filename="../../salesapp/ui/dialogs/customer_dialog.py" line="44"/>
        <source>New customer</source>
        <translation>ลูกค้าใหม่</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/customer_dialog.py" line="44"/>
        <source>Edit {0}</source>
        <translation>แก้ไข {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/customer_dialog.py" line="50"/>
        <source>Paste a chat message here: the phone numbers and the address are found for you.</source>
        <translation>วางข้อความแชทที่นี่ ระบบจะหาเบอร์โทรและที่อยู่ให้</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/customer_dialog.py" line="54"/>
        <source>Fill from message</source>
        <translation>กรอกจากข้อความ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/customer_dialog.py" line="59"/>
        <source>From a chat message</source>
        <translation>จากข้อความแชท</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/customer_dialog.py" line="74"/>
        <source>House no., moo, soi, road / street</source>
        <translation>บ้านเลขที่ หมู่ ซอย ถนน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/customer_dialog.py" line="93"/>
        <source>Facebook</source>
        <translation>Facebook</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/customer_dialog.py" line="93"/>
        <source>LINE</source>
        <translation>LINE</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/customer_dialog.py" line="94"/>
        <source>Zalo</source>
        <translation>Zalo</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/customer_dialog.py" line="103"/>
        <source>Second phone</source>
        <translation>เบอร์โทรสำรอง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/customer_dialog.py" line="106"/>
        <source>Source:</source>
        <translation>แหล่งที่มา:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/customer_dialog.py" line="113"/>
        <source>Name:</source>
        <translation>ชื่อ:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/customer_dialog.py" line="114"/>
        <source>Country:</source>
        <translation>ประเทศ:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/customer_dialog.py" line="115"/>
        <source>Phones:</source>
        <translation>เบอร์โทร:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/customer_dialog.py" line="117"/>
        <source>E-mail:</source>
        <translation>อีเมล:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/customer_dialog.py" line="118"/>
        <source>Address:</source>
        <translation>ที่อยู่:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/customer_dialog.py" line="119"/>
        <source>Subdistrict / ward:</source>
        <translation>ตำบล/แขวง:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/customer_dialog.py" line="120"/>
        <source>District:</source>
        <translation>อำเภอ/เขต:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/customer_dialog.py" line="121"/>
        <source>Province, postcode:</source>
        <translation>จังหวัด, รหัสไปรษณีย์:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/customer_dialog.py" line="122"/>
        <source>Channel:</source>
        <translation>ช่องทาง:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/customer_dialog.py" line="123"/>
        <source>Chat handles:</source>
        <translation>บัญชีแชท:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/customer_dialog.py" line="124"/>
        <source>Birth date:</source>
        <translation>วันเกิด:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/customer_dialog.py" line="125"/>
        <source>Bill note:</source>
        <translation>หมายเหตุในบิล:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/customer_dialog.py" line="154"/>
        <source>phone</source>
        <translation>เบอร์โทร</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/customer_dialog.py" line="157"/>
        <source>second phone</source>
        <translation>เบอร์โทรสำรอง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/customer_dialog.py" line="158"/>
        <source>name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/customer_dialog.py" line="159"/>
        <source>address</source>
        <translation>ที่อยู่</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/customer_dialog.py" line="160"/>
        <source>subdistrict</source>
        <translation>ตำบล/แขวง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/customer_dialog.py" line="161"/>
        <source>district</source>
        <translation>อำเภอ/เขต</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/customer_dialog.py" line="162"/>
        <source>province</source>
        <translation>จังหวัด</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/customer_dialog.py" line="163"/>
        <source>postcode</source>
        <translation>รหัสไปรษณีย์</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/customer_dialog.py" line="166"/>
        <source>Filled from the message: {0}.</source>
        <translation>กรอกจากข้อความแล้ว: {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/customer_dialog.py" line="169"/>
        <source>Nothing new found in the message.</source>
        <translation>ไม่พบข้อมูลใหม่ในข้อความ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/customer_dialog.py" line="179"/>
        <source>Already a customer: {0}. Open that profile instead, or save to add a new one.</source>
        <translation>เป็นลูกค้าอยู่แล้ว: {0} เปิดโปรไฟล์นั้นแทน หรือกดบันทึกเพื่อเพิ่มเป็นลูกค้าใหม่</translation>
    </message>
</context>
<context>
    <name>CustomerFilterBar</name>
    <message>
        <location filename="../../salesapp/ui/views/customer_filter_bar.py" line="71"/>
        <source>Any handover state</source>
        <translation>ทุกสถานะการมอบหมาย</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customer_filter_bar.py" line="73"/>
        <source>Any channel</source>
        <translation>ทุกช่องทาง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customer_filter_bar.py" line="74"/>
        <source>Any age</source>
        <translation>ทุกช่วงอายุ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customer_filter_bar.py" line="76"/>
        <source>Any source</source>
        <translation>ทุกแหล่งที่มา</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customer_filter_bar.py" line="79"/>
        <location filename="../../salesapp/ui/views/customer_filter_bar.py" line="194"/>
        <source>Tags</source>
        <translation>แท็ก</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customer_filter_bar.py" line="83"/>
        <source>Upcoming appointment</source>
        <translation>มีนัดหมายที่จะถึง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customer_filter_bar.py" line="85"/>
        <source>Any date</source>
        <translation>ทุกช่วงเวลา</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customer_filter_bar.py" line="97"/>
        <source>All customers</source>
        <translation>ลูกค้าทั้งหมด</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customer_filter_bar.py" line="99"/>
        <source>Save as segment…</source>
        <translation>บันทึกเป็นกลุ่มลูกค้า…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customer_filter_bar.py" line="101"/>
        <source>Clear filters</source>
        <translation>ล้างตัวกรอง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customer_filter_bar.py" line="106"/>
        <source>Segment:</source>
        <translation>กลุ่มลูกค้า:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customer_filter_bar.py" line="194"/>
        <source>Tags ({0})</source>
        <translation>แท็ก ({0})</translation>
    </message>
</context>
<context>
    <name>CustomerProfilePane</name>
    <message>
        <location filename="../../salesapp/ui/views/customer_profile_pane.py" line="82"/>
        <source>Phone:</source>
        <translation>โทรศัพท์:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customer_profile_pane.py" line="83"/>
        <source>Second phone:</source>
        <translation>โทรศัพท์สำรอง:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customer_profile_pane.py" line="84"/>
        <source>E-mail:</source>
        <translation>อีเมล:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customer_profile_pane.py" line="85"/>
        <source>Address:</source>
        <translation>ที่อยู่:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customer_profile_pane.py" line="86"/>
        <source>Subdistrict / ward:</source>
        <translation>ตำบล / แขวง:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customer_profile_pane.py" line="87"/>
        <source>District:</source>
        <translation>อำเภอ / เขต:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customer_profile_pane.py" line="88"/>
        <source>Province:</source>
        <translation>จังหวัด:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customer_profile_pane.py" line="89"/>
        <source>Postcode:</source>
        <translation>รหัสไปรษณีย์:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customer_profile_pane.py" line="90"/>
        <source>Facebook:</source>
        <translation>Facebook:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customer_profile_pane.py" line="91"/>
        <source>LINE:</source>
        <translation>LINE:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customer_profile_pane.py" line="92"/>
        <source>Zalo:</source>
        <translation>Zalo:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customer_profile_pane.py" line="93"/>
        <source>Source:</source>
        <translation>แหล่งที่มา:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customer_profile_pane.py" line="94"/>
        <source>Bill note:</source>
        <translation>หมายเหตุบิล:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customer_profile_pane.py" line="135"/>
        <source>Edit…</source>
        <translation>แก้ไข…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customer_profile_pane.py" line="136"/>
        <source>Fill from chat…</source>
        <translation>กรอกจากแชท…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customer_profile_pane.py" line="137"/>
        <source>Open bill…</source>
        <translation>เปิดบิล…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customer_profile_pane.py" line="138"/>
        <source>Appointment…</source>
        <translation>นัดหมาย…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customer_profile_pane.py" line="140"/>
        <source>Tags</source>
        <translation>แท็ก</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customer_profile_pane.py" line="155"/>
        <source>Profile</source>
        <translation>โปรไฟล์</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customer_profile_pane.py" line="156"/>
        <source>Orders</source>
        <translation>คำสั่งซื้อ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customer_profile_pane.py" line="157"/>
        <source>Care history</source>
        <translation>ประวัติการดูแล</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customer_profile_pane.py" line="158"/>
        <source>Appointments</source>
        <translation>นัดหมาย</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customer_profile_pane.py" line="182"/>
        <source>Type and press Enter to save; Escape puts the saved value back.</source>
        <translation>พิมพ์แล้วกด Enter เพื่อบันทึก กด Esc เพื่อคืนค่าที่บันทึกไว้</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customer_profile_pane.py" line="200"/>
        <source>Order</source>
        <translation>คำสั่งซื้อ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customer_profile_pane.py" line="200"/>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customer_profile_pane.py" line="200"/>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customer_profile_pane.py" line="200"/>
        <source>Total</source>
        <translation>ยอดรวม</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customer_profile_pane.py" line="212"/>
        <source>Everything</source>
        <translation>ทั้งหมด</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customer_profile_pane.py" line="216"/>
        <source>Show:</source>
        <translation>แสดง:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customer_profile_pane.py" line="226"/>
        <source>What was said or done…</source>
        <translation>คุยอะไรหรือทำอะไรไปบ้าง…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customer_profile_pane.py" line="228"/>
        <source>Add</source>
        <translation>เพิ่ม</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customer_profile_pane.py" line="253"/>
        <source>When</source>
        <translation>เวลา</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customer_profile_pane.py" line="253"/>
        <source>Place</source>
        <translation>สถานที่</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customer_profile_pane.py" line="253"/>
        <source>Purpose</source>
        <translation>วัตถุประสงค์</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customer_profile_pane.py" line="253"/>
        <source>Outcome</source>
        <translation>ผลลัพธ์</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customer_profile_pane.py" line="259"/>
        <source>Double-click a meeting to record how it went or to move it.</source>
        <translation>ดับเบิลคลิกที่นัดเพื่อบันทึกผลลัพธ์หรือเลื่อนนัด</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customer_profile_pane.py" line="291"/>
        <source>No customer selected</source>
        <translation>ยังไม่ได้เลือกลูกค้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customer_profile_pane.py" line="307"/>
        <source>Salesperson: {0}</source>
        <translation>พนักงานขาย: {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customer_profile_pane.py" line="307"/>
        <source>Pool</source>
        <translation>คลังลูกค้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customer_profile_pane.py" line="339"/>
        <source>Birth date</source>
        <translation>วันเกิด</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customer_profile_pane.py" line="339"/>
        <source>{0} (age {1})</source>
        <translation>{0} (อายุ {1} ปี)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customer_profile_pane.py" line="341"/>
        <source>Created</source>
        <translation>วันที่สร้าง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customer_profile_pane.py" line="342"/>
        <source>Imported</source>
        <translation>วันที่นำเข้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customer_profile_pane.py" line="343"/>
        <source>Handed over</source>
        <translation>วันที่มอบหมาย</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customer_profile_pane.py" line="344"/>
        <source>Converted</source>
        <translation>ซื้อครั้งแรก</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customer_profile_pane.py" line="345"/>
        <source>First contact</source>
        <translation>ติดต่อครั้งแรก</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customer_profile_pane.py" line="346"/>
        <source>Last contact</source>
        <translation>ติดต่อล่าสุด</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customer_profile_pane.py" line="364"/>
        <source>{0} orders · lifetime total {1}</source>
        <translation>{0} คำสั่งซื้อ · ยอดซื้อรวมทั้งหมด {1}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customer_profile_pane.py" line="369"/>
        <source>(upcoming)</source>
        <translation>(ยังไม่ถึงเวลา)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customer_profile_pane.py" line="381"/>
        <source>Nothing yet.</source>
        <translation>ยังไม่มีรายการ</translation>
    </message>
</context>
<context>
    <name>Customers</name>
    <message>
        <location filename="../../salesapp/ui/customer_labels.py" line="15"/>
        <source>Website</source>
        <translation>เว็บไซต์</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customer_labels.py" line="16"/>
        <location filename="../../salesapp/ui/customer_labels.py" line="89"/>
        <source>Facebook</source>
        <translation>Facebook</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customer_labels.py" line="17"/>
        <location filename="../../salesapp/ui/customer_labels.py" line="90"/>
        <source>LINE</source>
        <translation>LINE</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customer_labels.py" line="18"/>
        <location filename="../../salesapp/ui/customer_labels.py" line="91"/>
        <source>Zalo</source>
        <translation>Zalo</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customer_labels.py" line="19"/>
        <source>Shopee</source>
        <translation>Shopee</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customer_labels.py" line="20"/>
        <source>Lazada</source>
        <translation>Lazada</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customer_labels.py" line="21"/>
        <source>TikTok</source>
        <translation>TikTok</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customer_labels.py" line="22"/>
        <location filename="../../salesapp/ui/customer_labels.py" line="76"/>
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customer_labels.py" line="23"/>
        <source>Walk-in</source>
        <translation>หน้าร้าน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customer_labels.py" line="24"/>
        <source>Everyone&apos;s customers</source>
        <translation>ลูกค้าของทุกคน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customer_labels.py" line="25"/>
        <source>My customers</source>
        <translation>ลูกค้าของฉัน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customer_labels.py" line="26"/>
        <source>The pool (unassigned)</source>
        <translation>คลังลูกค้า (ยังไม่มีผู้รับผิดชอบ)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customer_labels.py" line="27"/>
        <source>A staff member&apos;s</source>
        <translation>ของพนักงานคนหนึ่ง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customer_labels.py" line="28"/>
        <source>Waiting in the pool</source>
        <translation>รออยู่ในคลังลูกค้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customer_labels.py" line="29"/>
        <location filename="../../salesapp/ui/customer_labels.py" line="32"/>
        <location filename="../../salesapp/ui/customer_labels.py" line="49"/>
        <location filename="../../salesapp/ui/customer_labels.py" line="65"/>
        <source>Handed over</source>
        <translation>มอบหมายแล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customer_labels.py" line="30"/>
        <location filename="../../salesapp/ui/customer_labels.py" line="47"/>
        <location filename="../../salesapp/ui/customer_labels.py" line="93"/>
        <source>Created</source>
        <translation>วันที่สร้าง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customer_labels.py" line="31"/>
        <location filename="../../salesapp/ui/customer_labels.py" line="48"/>
        <location filename="../../salesapp/ui/customer_labels.py" line="71"/>
        <source>Imported</source>
        <translation>นำเข้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customer_labels.py" line="33"/>
        <location filename="../../salesapp/ui/customer_labels.py" line="50"/>
        <source>Converted</source>
        <translation>ซื้อครั้งแรก</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customer_labels.py" line="34"/>
        <location filename="../../salesapp/ui/customer_labels.py" line="51"/>
        <source>First contact</source>
        <translation>ติดต่อครั้งแรก</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customer_labels.py" line="35"/>
        <location filename="../../salesapp/ui/customer_labels.py" line="52"/>
        <source>Last contact</source>
        <translation>ติดต่อล่าสุด</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customer_labels.py" line="36"/>
        <source>Today</source>
        <translation>วันนี้</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customer_labels.py" line="37"/>
        <source>This week</source>
        <translation>สัปดาห์นี้</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customer_labels.py" line="38"/>
        <source>This month</source>
        <translation>เดือนนี้</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customer_labels.py" line="39"/>
        <source>Last month</source>
        <translation>เดือนที่แล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customer_labels.py" line="40"/>
        <source>From … to …</source>
        <translation>ตั้งแต่ … ถึง …</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customer_labels.py" line="41"/>
        <source>Under 25</source>
        <translation>ต่ำกว่า 25 ปี</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customer_labels.py" line="42"/>
        <source>25–34</source>
        <translation>25–34 ปี</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customer_labels.py" line="43"/>
        <source>35–44</source>
        <translation>35–44 ปี</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customer_labels.py" line="44"/>
        <source>45–54</source>
        <translation>45–54 ปี</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customer_labels.py" line="45"/>
        <source>55 and over</source>
        <translation>55 ปีขึ้นไป</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customer_labels.py" line="46"/>
        <location filename="../../salesapp/ui/customer_labels.py" line="75"/>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customer_labels.py" line="53"/>
        <source>Note</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customer_labels.py" line="54"/>
        <source>Call</source>
        <translation>โทร</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customer_labels.py" line="55"/>
        <location filename="../../salesapp/ui/customer_labels.py" line="78"/>
        <source>E-mail</source>
        <translation>อีเมล</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customer_labels.py" line="56"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customer_labels.py" line="57"/>
        <source>Meeting</source>
        <translation>นัดพบ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customer_labels.py" line="58"/>
        <source>Notes and calls</source>
        <translation>บันทึกและการโทร</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customer_labels.py" line="59"/>
        <source>Orders</source>
        <translation>คำสั่งซื้อ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customer_labels.py" line="60"/>
        <source>Handovers</source>
        <translation>การมอบหมาย</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customer_labels.py" line="61"/>
        <source>Appointments</source>
        <translation>นัดหมาย</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customer_labels.py" line="62"/>
        <source>Changes</source>
        <translation>การแก้ไข</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customer_labels.py" line="63"/>
        <source>Customer added</source>
        <translation>เพิ่มลูกค้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customer_labels.py" line="64"/>
        <source>Profile changed</source>
        <translation>แก้ไขโปรไฟล์</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customer_labels.py" line="66"/>
        <source>Taken back</source>
        <translation>ดึงลูกค้ากลับ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customer_labels.py" line="67"/>
        <source>Tag added</source>
        <translation>ติดแท็ก</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customer_labels.py" line="68"/>
        <source>Tag removed</source>
        <translation>นำแท็กออก</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customer_labels.py" line="69"/>
        <source>Merged with a duplicate</source>
        <translation>รวมกับรายการซ้ำ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customer_labels.py" line="70"/>
        <source>Merge undone</source>
        <translation>ยกเลิกการรวมแล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customer_labels.py" line="77"/>
        <source>Second phone</source>
        <translation>เบอร์โทรสำรอง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customer_labels.py" line="79"/>
        <source>Address</source>
        <translation>ที่อยู่</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customer_labels.py" line="80"/>
        <source>Subdistrict</source>
        <translation>ตำบล/แขวง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customer_labels.py" line="81"/>
        <source>District</source>
        <translation>อำเภอ/เขต</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customer_labels.py" line="82"/>
        <source>Province</source>
        <translation>จังหวัด</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customer_labels.py" line="83"/>
        <source>Postcode</source>
        <translation>รหัสไปรษณีย์</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customer_labels.py" line="84"/>
        <source>Country</source>
        <translation>ประเทศ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customer_labels.py" line="85"/>
        <source>Channel</source>
        <translation>ช่องทาง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customer_labels.py" line="86"/>
        <source>Source</source>
        <translation>แหล่งที่มา</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customer_labels.py" line="87"/>
        <source>Birth date</source>
        <translation>วันเกิด</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customer_labels.py" line="88"/>
        <source>Bill note</source>
        <translation>หมายเหตุในบิล</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customer_labels.py" line="92"/>
        <source>Salesperson</source>
        <translation>พนักงานขาย</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customer_labels.py" line="95"/>
        <source>Thailand</source>
        <translation>ประเทศไทย</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customer_labels.py" line="95"/>
        <source>Vietnam</source>
        <translation>เวียดนาม</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customer_labels.py" line="96"/>
        <source>Order placed</source>
        <translation>สั่งซื้อ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customer_labels.py" line="97"/>
        <source>Appointment</source>
        <translation>นัดหมาย</translation>
    </message>
</context>
<context>
    <name>CustomersView</name>
    <message>
        <location filename="../../salesapp/ui/customer_labels.py" line="150"/>
        <location filename="../../salesapp/ui/views/customers_view.py" line="99"/>
        <source>Pool</source>
        <translation>คลังลูกค้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customers_view.py" line="95"/>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customers_view.py" line="96"/>
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customers_view.py" line="97"/>
        <source>Province</source>
        <translation>จังหวัด</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customers_view.py" line="98"/>
        <source>Channel</source>
        <translation>ช่องทาง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customers_view.py" line="99"/>
        <source>Salesperson</source>
        <translation>พนักงานขาย</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customers_view.py" line="100"/>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customers_view.py" line="103"/>
        <source>Search by name, phone or e-mail</source>
        <translation>ค้นหาด้วยชื่อ เบอร์โทร หรืออีเมล</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customers_view.py" line="107"/>
        <source>{0}, newest first</source>
        <translation>{0} (ล่าสุดก่อน)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customers_view.py" line="109"/>
        <source>Order of the list</source>
        <translation>การเรียงลำดับรายการ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customers_view.py" line="111"/>
        <source>New customer…</source>
        <translation>ลูกค้าใหม่…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customers_view.py" line="114"/>
        <source>More</source>
        <translation>เพิ่มเติม</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customers_view.py" line="117"/>
        <source>New tag…</source>
        <translation>แท็กใหม่…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customers_view.py" line="118"/>
        <source>Import customers…</source>
        <translation>นำเข้าลูกค้า…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customers_view.py" line="119"/>
        <source>Export the list…</source>
        <translation>ส่งออกรายการ…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customers_view.py" line="120"/>
        <source>Find duplicates…</source>
        <translation>ค้นหารายการซ้ำ…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customers_view.py" line="121"/>
        <source>My appointments this week…</source>
        <translation>นัดหมายของฉันสัปดาห์นี้…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customers_view.py" line="133"/>
        <source>Add tag</source>
        <translation>ติดแท็ก</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customers_view.py" line="137"/>
        <source>Remove tag</source>
        <translation>นำแท็กออก</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customers_view.py" line="148"/>
        <source>Hand over…</source>
        <translation>มอบหมาย…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customers_view.py" line="150"/>
        <source>Take back…</source>
        <translation>ดึงกลับ…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customers_view.py" line="155"/>
        <source>Export…</source>
        <translation>ส่งออก…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customers_view.py" line="156"/>
        <source>Export the selected customers to CSV or Excel</source>
        <translation>ส่งออกลูกค้าที่เลือกเป็น CSV หรือ Excel</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customers_view.py" line="167"/>
        <source>Customers</source>
        <translation>ลูกค้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customers_view.py" line="283"/>
        <source>{0} selected</source>
        <translation>เลือกแล้ว {0} ราย</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customers_view.py" line="283"/>
        <source>None selected</source>
        <translation>ยังไม่ได้เลือก</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customers_view.py" line="285"/>
        <source>Select all {0}</source>
        <translation>เลือกทั้งหมด {0} ราย</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customers_view.py" line="313"/>
        <source>Tag “{0}” added to {1} customers.</source>
        <translation>ติดแท็ก “{0}” ให้ลูกค้า {1} รายแล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customers_view.py" line="315"/>
        <source>Tag “{0}” removed from {1} customers.</source>
        <translation>นำแท็ก “{0}” ออกจากลูกค้า {1} รายแล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customers_view.py" line="338"/>
        <source>{0} customers changed hands.</source>
        <translation>เปลี่ยนผู้รับผิดชอบลูกค้า {0} รายแล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customers_view.py" line="356"/>
        <source>Wait until the list has loaded, or select customers first.</source>
        <translation>กรุณารอให้รายการโหลดเสร็จ หรือเลือกลูกค้าก่อน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customers_view.py" line="376"/>
        <source>New tag</source>
        <translation>แท็กใหม่</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customers_view.py" line="376"/>
        <source>Tag name:</source>
        <translation>ชื่อแท็ก:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customers_view.py" line="379"/>
        <source>Tag colour</source>
        <translation>สีแท็ก</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customers_view.py" line="395"/>
        <source>Save as segment</source>
        <translation>บันทึกเป็นกลุ่มลูกค้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customers_view.py" line="395"/>
        <source>Segment name:</source>
        <translation>ชื่อกลุ่มลูกค้า:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customers_view.py" line="404"/>
        <source>Segment “{0}” saved.</source>
        <translation>บันทึกกลุ่มลูกค้า “{0}” แล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customers_view.py" line="448"/>
        <source>Saved.</source>
        <translation>บันทึกแล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customers_view.py" line="494"/>
        <source>Order {0} created.</source>
        <translation>สร้างคำสั่งซื้อ {0} แล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customers_view.py" line="540"/>
        <source>My appointments</source>
        <translation>นัดหมายของฉัน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customers_view.py" line="609"/>
        <source>{0} saved.</source>
        <translation>บันทึก {0} แล้ว</translation>
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
    <name>DayColumn</name>
    <message>
        <location filename="../../salesapp/ui/views/appointments_week.py" line="84"/>
        <source>No meetings</source>
        <translation>ไม่มีนัด</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../salesapp/ui/dialogs/duplicates_dialog.py" line="161"/>
        <source>Duplicate customers</source>
        <translation>ลูกค้าที่ซ้ำกัน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/duplicates_dialog.py" line="165"/>
        <source>These customers are probably the same person: same phone, same e-mail, or same name in the same province. Merge a pair to keep one profile with all orders and history.</source>
        <translation>ลูกค้าเหล่านี้น่าจะเป็นคนเดียวกัน เพราะเบอร์โทรตรงกัน อีเมลตรงกัน หรือชื่อเดียวกันในจังหวัดเดียวกัน รวมแต่ละคู่เพื่อเก็บไว้เป็นโปรไฟล์เดียวพร้อมคำสั่งซื้อและประวัติทั้งหมด</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/duplicates_dialog.py" line="177"/>
        <location filename="../../salesapp/ui/dialogs/duplicates_dialog.py" line="179"/>
        <source>Customer</source>
        <translation>ลูกค้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/duplicates_dialog.py" line="178"/>
        <location filename="../../salesapp/ui/dialogs/duplicates_dialog.py" line="180"/>
        <source>Phone / e-mail</source>
        <translation>เบอร์โทร / อีเมล</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/duplicates_dialog.py" line="181"/>
        <source>Why</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/duplicates_dialog.py" line="188"/>
        <source>Looking for duplicates…</source>
        <translation>กำลังค้นหารายการซ้ำ…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/duplicates_dialog.py" line="192"/>
        <source>Merge…</source>
        <translation>รวม…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/duplicates_dialog.py" line="194"/>
        <source>Undo merge</source>
        <translation>ยกเลิกการรวม</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/duplicates_dialog.py" line="196"/>
        <source>Refresh</source>
        <translation>รีเฟรช</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/duplicates_dialog.py" line="224"/>
        <source>Same phone {0}</source>
        <translation>เบอร์โทรเดียวกัน {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/duplicates_dialog.py" line="226"/>
        <source>Same e-mail {0}</source>
        <translation>อีเมลเดียวกัน {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/duplicates_dialog.py" line="227"/>
        <source>Same name and province</source>
        <translation>ชื่อและจังหวัดเดียวกัน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/duplicates_dialog.py" line="244"/>
        <source>No likely duplicates were found.</source>
        <translation>ไม่พบลูกค้าที่น่าจะซ้ำกัน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/duplicates_dialog.py" line="284"/>
        <source>“{0}” was merged into “{1}”; {2} orders, notes and other records moved with it.</source>
        <translation>รวม “{0}” เข้ากับ “{1}” แล้ว คำสั่งซื้อ บันทึก และข้อมูลอื่น ๆ {2} รายการย้ายไปด้วย</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/duplicates_dialog.py" line="306"/>
        <source>Merge undone: “{0}” is back with its orders and history.</source>
        <translation>ยกเลิกการรวมแล้ว “{0}” กลับมาพร้อมคำสั่งซื้อและประวัติเดิม</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/duplicates_dialog.py" line="327"/>
        <source>Bring back “{0}”</source>
        <translation>นำ “{0}” กลับมา</translation>
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
    <name>ExportDialog</name>
    <message>
        <location filename="../../salesapp/ui/dialogs/import_dialog.py" line="574"/>
        <source>Export customers</source>
        <translation>ส่งออกลูกค้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/import_dialog.py" line="578"/>
        <source>Browse…</source>
        <translation>เลือก…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/import_dialog.py" line="584"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>ไฟล์ Excel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/import_dialog.py" line="585"/>
        <source>CSV, UTF-8 (.csv)</source>
        <translation>CSV, UTF-8 (.csv)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/import_dialog.py" line="587"/>
        <source>File:</source>
        <translation>ไฟล์:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/import_dialog.py" line="588"/>
        <source>Format:</source>
        <translation>รูปแบบ:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/import_dialog.py" line="589"/>
        <source>{0} customers of the list as shown.</source>
        <translation>ลูกค้า {0} รายตามที่แสดงในรายการ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/import_dialog.py" line="594"/>
        <source>Export</source>
        <translation>ส่งออก</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/import_dialog.py" line="596"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/import_dialog.py" line="613"/>
        <source>Export customers to</source>
        <translation>ส่งออกลูกค้าไปที่</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/import_dialog.py" line="614"/>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>ไฟล์ Excel (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/import_dialog.py" line="656"/>
        <source>{0} customers exported.</source>
        <translation>ส่งออกลูกค้า {0} รายแล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/import_dialog.py" line="658"/>
        <source>Close</source>
        <translation>ปิด</translation>
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
    <name>HandoverDialog</name>
    <message>
        <location filename="../../salesapp/ui/dialogs/handover_dialog.py" line="109"/>
        <source>Hand over customers</source>
        <translation>มอบหมายลูกค้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/handover_dialog.py" line="112"/>
        <source>1 customer selected.</source>
        <translation>เลือกลูกค้า 1 ราย</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/handover_dialog.py" line="114"/>
        <source>{0} customers selected.</source>
        <translation>เลือกลูกค้า {0} ราย</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/handover_dialog.py" line="117"/>
        <source>How to split them</source>
        <translation>วิธีแบ่งลูกค้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/handover_dialog.py" line="122"/>
        <source>To one person</source>
        <translation>ให้คนเดียว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/handover_dialog.py" line="123"/>
        <source>Manual counts</source>
        <translation>กำหนดจำนวนเอง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/handover_dialog.py" line="124"/>
        <source>Evenly</source>
        <translation>แบ่งเท่า ๆ กัน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/handover_dialog.py" line="125"/>
        <source>Least loaded first</source>
        <translation>ให้คนที่มีลูกค้าน้อยที่สุดก่อน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/handover_dialog.py" line="128"/>
        <source>All selected customers go to the one staff member ticked.</source>
        <translation>ลูกค้าที่เลือกทั้งหมดจะมอบหมายให้พนักงานคนที่ติ๊กไว้</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/handover_dialog.py" line="129"/>
        <source>Type how many customers each ticked staff member receives.</source>
        <translation>พิมพ์จำนวนลูกค้าที่พนักงานแต่ละคนที่ติ๊กไว้จะได้รับ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/handover_dialog.py" line="130"/>
        <source>Everyone ticked receives the same number (differing by one).</source>
        <translation>ทุกคนที่ติ๊กไว้จะได้รับจำนวนเท่ากัน (ต่างกันไม่เกินหนึ่งราย)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/handover_dialog.py" line="131"/>
        <source>Each next customer goes to whoever has the fewest customers, bringing everyone up evenly.</source>
        <translation>ลูกค้าแต่ละรายจะมอบหมายให้คนที่มีลูกค้าน้อยที่สุดในขณะนั้น เพื่อให้ทุกคนมีลูกค้าใกล้เคียงกัน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/handover_dialog.py" line="149"/>
        <source>none</source>
        <translation>ไม่กำหนด</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/handover_dialog.py" line="150"/>
        <source>no limit</source>
        <translation>ไม่จำกัด</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/handover_dialog.py" line="152"/>
        <source>Each receives at least</source>
        <translation>แต่ละคนได้อย่างน้อย</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/handover_dialog.py" line="153"/>
        <source>and at most</source>
        <translation>และไม่เกิน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/handover_dialog.py" line="159"/>
        <location filename="../../salesapp/ui/dialogs/handover_dialog.py" line="163"/>
        <source>Staff member</source>
        <translation>พนักงาน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/handover_dialog.py" line="159"/>
        <source>Customers now</source>
        <translation>ลูกค้าปัจจุบัน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/handover_dialog.py" line="159"/>
        <source>Count</source>
        <translation>จำนวน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/handover_dialog.py" line="163"/>
        <source>Now</source>
        <translation>ปัจจุบัน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/handover_dialog.py" line="163"/>
        <source>+ New</source>
        <translation>+ ใหม่</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/handover_dialog.py" line="163"/>
        <source>After</source>
        <translation>หลังมอบหมาย</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/handover_dialog.py" line="164"/>
        <source>Tick who receives customers</source>
        <translation>ติ๊กเลือกผู้ที่จะได้รับลูกค้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/handover_dialog.py" line="166"/>
        <source>Planned split</source>
        <translation>แผนการแบ่ง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/handover_dialog.py" line="173"/>
        <source>Optional: kept in each customer&apos;s history</source>
        <translation>ไม่บังคับ: จะเก็บไว้ในประวัติของลูกค้าแต่ละราย</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/handover_dialog.py" line="174"/>
        <source>Note:</source>
        <translation>หมายเหตุ:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/handover_dialog.py" line="182"/>
        <source>Hand over 1 customer</source>
        <translation>มอบหมายลูกค้า 1 ราย</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/handover_dialog.py" line="184"/>
        <source>Hand over {0} customers</source>
        <translation>มอบหมายลูกค้า {0} ราย</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/handover_dialog.py" line="205"/>
        <source>Loading the staff…</source>
        <translation>กำลังโหลดรายชื่อพนักงาน…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/handover_dialog.py" line="311"/>
        <source>There is no active staff member who can receive customers.</source>
        <translation>ไม่มีพนักงานที่ใช้งานอยู่ซึ่งรับลูกค้าได้</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/handover_dialog.py" line="325"/>
        <source>Tick the staff members who receive the customers.</source>
        <translation>กรุณาติ๊กเลือกพนักงานที่จะได้รับลูกค้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/handover_dialog.py" line="392"/>
        <source>Handing over…</source>
        <translation>กำลังมอบหมาย…</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../salesapp/ui/dialogs/import_dialog.py" line="183"/>
        <source>Import customers</source>
        <translation>นำเข้าลูกค้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/import_dialog.py" line="194"/>
        <source>&lt; Back</source>
        <translation>&lt; ย้อนกลับ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/import_dialog.py" line="195"/>
        <source>Next &gt;</source>
        <translation>ถัดไป &gt;</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/import_dialog.py" line="196"/>
        <source>Import</source>
        <translation>นำเข้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/import_dialog.py" line="197"/>
        <location filename="../../salesapp/ui/dialogs/import_dialog.py" line="338"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/import_dialog.py" line="218"/>
        <source>A .csv or .xlsx file</source>
        <translation>ไฟล์ .csv หรือ .xlsx</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/import_dialog.py" line="220"/>
        <source>Browse…</source>
        <translation>เลือก…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/import_dialog.py" line="226"/>
        <source>Thailand</source>
        <translation>ประเทศไทย</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/import_dialog.py" line="227"/>
        <source>Vietnam</source>
        <translation>เวียดนาม</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/import_dialog.py" line="229"/>
        <source>Add new customers only</source>
        <translation>เพิ่มลูกค้าใหม่เท่านั้น</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/import_dialog.py" line="231"/>
        <source>Add new customers and update existing ones</source>
        <translation>เพิ่มลูกค้าใหม่และอัปเดตลูกค้าที่มีอยู่</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/import_dialog.py" line="233"/>
        <source>Update existing customers only</source>
        <translation>อัปเดตลูกค้าที่มีอยู่เท่านั้น</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/import_dialog.py" line="235"/>
        <source>The first row of the file must hold the column names. Existing customers are recognised by their phone number (also the second phone), else by their e-mail address. Phone numbers without a country code are read as numbers of the country chosen here.</source>
        <translation>แถวแรกของไฟล์ต้องเป็นชื่อคอลัมน์ ระบบจะจำลูกค้าที่มีอยู่แล้วจากเบอร์โทร (รวมถึงเบอร์โทรสำรอง) หากไม่มีจะใช้อีเมล เบอร์โทรที่ไม่มีรหัสประเทศจะถือเป็นเบอร์ของประเทศที่เลือกไว้ที่นี่</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/import_dialog.py" line="243"/>
        <source>File:</source>
        <translation>ไฟล์:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/import_dialog.py" line="244"/>
        <source>Phone numbers of:</source>
        <translation>เบอร์โทรของประเทศ:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/import_dialog.py" line="245"/>
        <source>Mode:</source>
        <translation>โหมด:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/import_dialog.py" line="258"/>
        <source>Column in the file</source>
        <translation>คอลัมน์ในไฟล์</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/import_dialog.py" line="258"/>
        <source>Example</source>
        <translation>ตัวอย่าง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/import_dialog.py" line="258"/>
        <source>Import as</source>
        <translation>นำเข้าเป็น</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/import_dialog.py" line="311"/>
        <source>(ignore)</source>
        <translation>(ไม่นำเข้า)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/import_dialog.py" line="311"/>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/import_dialog.py" line="311"/>
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/import_dialog.py" line="312"/>
        <source>Second phone</source>
        <translation>เบอร์โทรสำรอง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/import_dialog.py" line="312"/>
        <source>E-mail</source>
        <translation>อีเมล</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/import_dialog.py" line="312"/>
        <source>Address</source>
        <translation>ที่อยู่</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/import_dialog.py" line="313"/>
        <source>Subdistrict</source>
        <translation>ตำบล/แขวง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/import_dialog.py" line="313"/>
        <source>District</source>
        <translation>อำเภอ/เขต</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/import_dialog.py" line="314"/>
        <source>Province</source>
        <translation>จังหวัด</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/import_dialog.py" line="314"/>
        <source>Postcode</source>
        <translation>รหัสไปรษณีย์</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/import_dialog.py" line="314"/>
        <source>Channel</source>
        <translation>ช่องทาง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/import_dialog.py" line="315"/>
        <source>Source</source>
        <translation>แหล่งที่มา</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/import_dialog.py" line="315"/>
        <source>Birth date</source>
        <translation>วันเกิด</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/import_dialog.py" line="316"/>
        <source>Bill note</source>
        <translation>หมายเหตุในบิล</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/import_dialog.py" line="316"/>
        <source>Facebook</source>
        <translation>Facebook</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/import_dialog.py" line="316"/>
        <source>LINE</source>
        <translation>LINE</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/import_dialog.py" line="317"/>
        <source>Zalo</source>
        <translation>Zalo</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/import_dialog.py" line="338"/>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/import_dialog.py" line="361"/>
        <source>Choose the file to import</source>
        <translation>เลือกไฟล์ที่จะนำเข้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/import_dialog.py" line="363"/>
        <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
        <translation>ไฟล์ตาราง (*.csv *.xlsx);;ไฟล์ทั้งหมด (*)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/import_dialog.py" line="436"/>
        <source>{0}: {1} rows. Choose what each column holds; columns set to “(ignore)” are not imported.</source>
        <translation>{0}: {1} แถว เลือกว่าแต่ละคอลัมน์เป็นข้อมูลอะไร คอลัมน์ที่ตั้งเป็น “(ไม่นำเข้า)” จะไม่ถูกนำเข้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/import_dialog.py" line="480"/>
        <source>{0} rows: {1} to create, {2} to update, {3} skipped, {4} with errors.</source>
        <translation>{0} แถว: สร้างใหม่ {1} อัปเดต {2} ข้าม {3} มีข้อผิดพลาด {4}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/import_dialog.py" line="490"/>
        <source>Nothing can be imported while rows have errors. Correct them in the file and choose it again, or set their columns to “(ignore)”.</source>
        <translation>ยังนำเข้าไม่ได้เพราะมีแถวที่ผิดพลาด กรุณาแก้ไขในไฟล์แล้วเลือกไฟล์ใหม่อีกครั้ง หรือตั้งคอลัมน์เหล่านั้นเป็น “(ไม่นำเข้า)”</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/import_dialog.py" line="496"/>
        <source>There is nothing to import in this mode.</source>
        <translation>ไม่มีข้อมูลที่จะนำเข้าในโหมดนี้</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/import_dialog.py" line="508"/>
        <source>Importing {0} rows…</source>
        <translation>กำลังนำเข้า {0} แถว…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/import_dialog.py" line="516"/>
        <source>The import was cancelled: nothing was imported.</source>
        <translation>ยกเลิกการนำเข้าแล้ว ไม่มีข้อมูลใดถูกนำเข้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/import_dialog.py" line="518"/>
        <source>Rows had errors: nothing was imported.</source>
        <translation>มีแถวที่ผิดพลาด ไม่มีข้อมูลใดถูกนำเข้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/import_dialog.py" line="524"/>
        <source>Done: {0} customers created, {1} updated, {2} rows skipped.</source>
        <translation>เสร็จแล้ว: สร้างลูกค้าใหม่ {0} ราย อัปเดต {1} ราย ข้าม {2} แถว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/import_dialog.py" line="536"/>
        <source>Cancelling…</source>
        <translation>กำลังยกเลิก…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../salesapp/app.py" line="243"/>
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
    <name>MergeDialog</name>
    <message>
        <location filename="../../salesapp/ui/dialogs/duplicates_dialog.py" line="70"/>
        <source>Merge two customers</source>
        <translation>รวมลูกค้าสองราย</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/duplicates_dialog.py" line="77"/>
        <source>Keep this customer</source>
        <translation>เก็บลูกค้ารายนี้ไว้</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/duplicates_dialog.py" line="83"/>
        <source>Name:</source>
        <translation>ชื่อ:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/duplicates_dialog.py" line="84"/>
        <source>Phones:</source>
        <translation>เบอร์โทร:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/duplicates_dialog.py" line="85"/>
        <source>E-mail:</source>
        <translation>อีเมล:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/duplicates_dialog.py" line="86"/>
        <source>Address:</source>
        <translation>ที่อยู่:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/duplicates_dialog.py" line="87"/>
        <source>Salesperson:</source>
        <translation>พนักงานขาย:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/duplicates_dialog.py" line="87"/>
        <source>(pool)</source>
        <translation>(คลังลูกค้า)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/duplicates_dialog.py" line="88"/>
        <source>Added:</source>
        <translation>วันที่เพิ่ม:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/duplicates_dialog.py" line="89"/>
        <source>Orders:</source>
        <translation>คำสั่งซื้อ:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/duplicates_dialog.py" line="105"/>
        <source>The customer you do not keep is removed: its orders, notes, appointments and history move to the one you keep, and its phone, e-mail and address fill the kept one&apos;s empty fields. You can undo the merge afterwards.</source>
        <translation>ลูกค้ารายที่ไม่ได้เก็บไว้จะถูกลบ คำสั่งซื้อ บันทึก นัดหมาย และประวัติจะย้ายไปยังรายที่เก็บไว้ ส่วนเบอร์โทร อีเมล และที่อยู่จะใช้เติมช่องที่ว่างอยู่ของรายที่เก็บไว้ สามารถยกเลิกการรวมได้ภายหลัง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/duplicates_dialog.py" line="113"/>
        <source>Merge</source>
        <translation>รวม</translation>
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
        <translation>ค้นหาด้วยเลขที่คำสั่งซื้อ ชื่อลูกค้า หรือเบอร์โทร</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/orders_view.py" line="113"/>
        <source>{0} orders found</source>
        <translation>พบ {0} คำสั่งซื้อ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/orders_view.py" line="115"/>
        <source>The first {0} orders found; type more to narrow the search</source>
        <translation>แสดง {0} คำสั่งซื้อแรกที่พบ พิมพ์เพิ่มเพื่อค้นหาให้แคบลง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/orders_view.py" line="117"/>
        <source>{0} orders</source>
        <translation>{0} คำสั่งซื้อ</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <location filename="../../salesapp/ui/dialogs/appointment_dialog.py" line="263"/>
        <source>Outcome of the meeting</source>
        <translation>ผลการนัดพบ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/appointment_dialog.py" line="267"/>
        <source>Meeting with &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>นัดพบกับ &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/appointment_dialog.py" line="272"/>
        <source>How it went, what was agreed, what comes next</source>
        <translation>เป็นอย่างไรบ้าง ตกลงอะไรกันไว้ ขั้นต่อไปคืออะไร</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/appointment_dialog.py" line="284"/>
        <source>Outcome:</source>
        <translation>ผลลัพธ์:</translation>
    </message>
</context>
<context>
    <name>OutcomeModel</name>
    <message>
        <location filename="../../salesapp/ui/dialogs/import_dialog.py" line="103"/>
        <source>Line</source>
        <translation>แถว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/import_dialog.py" line="103"/>
        <source>Action</source>
        <translation>การดำเนินการ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/import_dialog.py" line="103"/>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/import_dialog.py" line="103"/>
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/import_dialog.py" line="103"/>
        <source>E-mail</source>
        <translation>อีเมล</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/import_dialog.py" line="104"/>
        <source>Reason</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/import_dialog.py" line="107"/>
        <source>Create</source>
        <translation>สร้างใหม่</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/import_dialog.py" line="108"/>
        <source>Update</source>
        <translation>อัปเดต</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/import_dialog.py" line="109"/>
        <source>Skip</source>
        <translation>ข้าม</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/import_dialog.py" line="110"/>
        <source>Error</source>
        <translation>ข้อผิดพลาด</translation>
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
    <name>RevokeDialog</name>
    <message>
        <location filename="../../salesapp/ui/dialogs/handover_dialog.py" line="437"/>
        <source>Take customers back</source>
        <translation>ดึงลูกค้ากลับ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/handover_dialog.py" line="441"/>
        <source>1 customer selected.</source>
        <translation>เลือกลูกค้า 1 ราย</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/handover_dialog.py" line="443"/>
        <source>{0} customers selected.</source>
        <translation>เลือกลูกค้า {0} ราย</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/handover_dialog.py" line="445"/>
        <source>Back to the pool</source>
        <translation>คืนเข้าคลังลูกค้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/handover_dialog.py" line="446"/>
        <source>No one owns them until they are handed over again.</source>
        <translation>จะยังไม่มีผู้รับผิดชอบจนกว่าจะมอบหมายใหม่อีกครั้ง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/handover_dialog.py" line="447"/>
        <source>Move to:</source>
        <translation>ย้ายไปให้:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/handover_dialog.py" line="458"/>
        <source>Reason (required):</source>
        <translation>เหตุผล (จำเป็น):</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/handover_dialog.py" line="461"/>
        <source>Why are these customers taken back? Kept in their history.</source>
        <translation>ทำไมจึงดึงลูกค้าเหล่านี้กลับ จะเก็บไว้ในประวัติของลูกค้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/handover_dialog.py" line="490"/>
        <source>{0} ({1} customers)</source>
        <translation>{0} (ลูกค้า {1} ราย)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/handover_dialog.py" line="505"/>
        <source>Move</source>
        <translation>ย้าย</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/handover_dialog.py" line="505"/>
        <source>Take back</source>
        <translation>ดึงกลับ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/handover_dialog.py" line="517"/>
        <source>Enter the reason for taking these customers back.</source>
        <translation>กรุณากรอกเหตุผลที่ดึงลูกค้าเหล่านี้กลับ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/handover_dialog.py" line="523"/>
        <source>Choose the staff member who receives the customers.</source>
        <translation>กรุณาเลือกพนักงานที่จะได้รับลูกค้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/handover_dialog.py" line="538"/>
        <source>Saving…</source>
        <translation>กำลังบันทึก…</translation>
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
        <location filename="../../salesapp/db/migrations/__init__.py" line="83"/>
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
        <location filename="../../salesapp/domain/bill.py" line="18"/>
        <source>Add at least one product to the order.</source>
        <translation>กรุณาเพิ่มสินค้าในคำสั่งซื้ออย่างน้อยหนึ่งรายการ</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/bill.py" line="125"/>
        <source>The quantity must be at least 1.</source>
        <translation>จำนวนต้องมีอย่างน้อย 1</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/bill.py" line="128"/>
        <source>The quantity cannot be more than {max}.</source>
        <translation>จำนวนต้องไม่เกิน {max}</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/bill.py" line="137"/>
        <location filename="../../salesapp/services/orders.py" line="79"/>
        <source>A discount cannot be negative.</source>
        <translation>ส่วนลดต้องไม่ติดลบ</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/bill.py" line="140"/>
        <source>The discount on “{product}” ({discount}) is more than the line amount ({amount}).</source>
        <translation>ส่วนลดของ “{product}” ({discount}) มากกว่ายอดของรายการนี้ ({amount})</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/bill.py" line="149"/>
        <source>Shipping cannot be negative.</source>
        <translation>ค่าจัดส่งต้องไม่ติดลบ</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/errors.py" line="55"/>
        <source>This record was changed by {user} at {time}. Reload it and apply your change again.</source>
        <translation>{user} แก้ไขรายการนี้เมื่อเวลา {time} น. กรุณาโหลดใหม่แล้วแก้ไขอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/handover.py" line="86"/>
        <source>The minimum cannot be negative.</source>
        <translation>จำนวนขั้นต่ำต้องไม่ติดลบ</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/handover.py" line="88"/>
        <source>The maximum cannot be negative.</source>
        <translation>จำนวนสูงสุดต้องไม่ติดลบ</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/handover.py" line="91"/>
        <source>The minimum ({minimum}) is larger than the maximum ({maximum}).</source>
        <translation>จำนวนขั้นต่ำ ({minimum}) มากกว่าจำนวนสูงสุด ({maximum})</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/handover.py" line="102"/>
        <source>{count} customers are too few to give each of the {staff} staff members at least {minimum}: that needs {needed}.</source>
        <translation>ลูกค้า {count} รายไม่พอจะแบ่งให้พนักงาน {staff} คน คนละอย่างน้อย {minimum} ราย ต้องมีลูกค้า {needed} ราย</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/handover.py" line="117"/>
        <source>{count} customers do not fit: at most {maximum} each for {staff} staff members takes {capacity}, so {left} would be left over.</source>
        <translation>แบ่งลูกค้า {count} รายไม่หมด พนักงาน {staff} คน รับได้คนละไม่เกิน {maximum} ราย รวมได้ {capacity} ราย จะเหลือลูกค้า {left} ราย</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/handover.py" line="146"/>
        <location filename="../../salesapp/services/handover.py" line="182"/>
        <source>Select at least one customer.</source>
        <translation>กรุณาเลือกลูกค้าอย่างน้อยหนึ่งราย</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/handover.py" line="148"/>
        <source>Choose at least one staff member.</source>
        <translation>กรุณาเลือกพนักงานอย่างน้อยหนึ่งคน</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/handover.py" line="150"/>
        <source>A staff member is chosen twice.</source>
        <translation>มีพนักงานถูกเลือกซ้ำสองครั้ง</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/handover.py" line="153"/>
        <source>Choose exactly one staff member.</source>
        <translation>กรุณาเลือกพนักงานเพียงหนึ่งคน</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/handover.py" line="169"/>
        <source>The count for {name} cannot be negative.</source>
        <translation>จำนวนของ {name} ต้องไม่ติดลบ</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/handover.py" line="174"/>
        <source>The counts add up to {total}, but {count} customers are selected.</source>
        <translation>จำนวนรวมกันได้ {total} แต่เลือกลูกค้าไว้ {count} ราย</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/handover.py" line="229"/>
        <source>A planned count cannot be negative.</source>
        <translation>จำนวนตามแผนต้องไม่ติดลบ</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/handover.py" line="233"/>
        <source>The plan is for {planned} customers, but {count} are selected.</source>
        <translation>แผนการแบ่งมีลูกค้า {planned} ราย แต่เลือกไว้ {count} ราย</translation>
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
        <location filename="../../salesapp/services/appointments.py" line="32"/>
        <location filename="../../salesapp/services/audit.py" line="89"/>
        <location filename="../../salesapp/services/customers.py" line="117"/>
        <location filename="../../salesapp/services/customers.py" line="159"/>
        <location filename="../../salesapp/services/duplicates.py" line="38"/>
        <location filename="../../salesapp/services/followups.py" line="47"/>
        <location filename="../../salesapp/services/segments.py" line="75"/>
        <location filename="../../salesapp/services/tags.py" line="75"/>
        <source>This record no longer exists: it was deleted on another desktop.</source>
        <translation>ไม่มีรายการนี้แล้ว เนื่องจากถูกลบจากเครื่องอื่น</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/appointments.py" line="119"/>
        <location filename="../../salesapp/services/customer_import.py" line="361"/>
        <location filename="../../salesapp/services/customers.py" line="111"/>
        <location filename="../../salesapp/services/duplicates.py" line="542"/>
        <location filename="../../salesapp/services/orders.py" line="145"/>
        <location filename="../../salesapp/services/tags.py" line="63"/>
        <source>This customer belongs to another salesperson.</source>
        <translation>ลูกค้ารายนี้เป็นของพนักงานขายคนอื่น</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/appointments.py" line="144"/>
        <source>Only managers can see other people&apos;s appointments.</source>
        <translation>เฉพาะผู้จัดการเท่านั้นที่ดูนัดหมายของคนอื่นได้</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/appointments.py" line="160"/>
        <source>Choose a time that is not in the past.</source>
        <translation>กรุณาเลือกเวลาที่ยังไม่ผ่านไป</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/appointments.py" line="163"/>
        <source>A meeting lasts {low} to {high} minutes.</source>
        <translation>นัดพบต้องใช้เวลา {low} ถึง {high} นาที</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/appointments.py" line="170"/>
        <source>Enter the place or the purpose of the meeting.</source>
        <translation>กรุณากรอกสถานที่หรือวัตถุประสงค์ของการนัดพบ</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/appointments.py" line="178"/>
        <source>This appointment belongs to another salesperson.</source>
        <translation>นัดหมายนี้เป็นของพนักงานขายคนอื่น</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/appointments.py" line="250"/>
        <location filename="../../salesapp/services/appointments.py" line="341"/>
        <source>This meeting took place already: its outcome is recorded.</source>
        <translation>นัดพบนี้เกิดขึ้นแล้วและบันทึกผลลัพธ์ไว้แล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/appointments.py" line="292"/>
        <source>Enter how the meeting went.</source>
        <translation>กรุณากรอกผลการนัดพบ</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/appointments.py" line="300"/>
        <source>This meeting has not started yet: record its outcome afterwards.</source>
        <translation>นัดพบนี้ยังไม่เริ่ม กรุณาบันทึกผลลัพธ์หลังจากนัดพบแล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customer_export.py" line="164"/>
        <source>The file {path} cannot be written: {detail}</source>
        <translation>บันทึกไฟล์ {path} ไม่ได้: {detail}</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customer_import.py" line="129"/>
        <source>“{text}” is not a sales channel.</source>
        <translation>“{text}” ไม่ใช่ช่องทางการขาย</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customer_import.py" line="149"/>
        <source>“{text}” is not a date.</source>
        <translation>“{text}” ไม่ใช่วันที่ที่ถูกต้อง</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customer_import.py" line="175"/>
        <source>No customer has this phone number or e-mail address.</source>
        <translation>ไม่มีลูกค้าที่ใช้เบอร์โทรหรืออีเมลนี้</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customer_import.py" line="176"/>
        <source>Already a customer: left as it is.</source>
        <translation>เป็นลูกค้าอยู่แล้ว จึงไม่เปลี่ยนแปลง</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customer_import.py" line="177"/>
        <source>Nothing to change.</source>
        <translation>ไม่มีข้อมูลที่ต้องเปลี่ยน</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customer_import.py" line="189"/>
        <source>Two columns are mapped to the same field.</source>
        <translation>มีสองคอลัมน์ที่ตั้งเป็นข้อมูลเดียวกัน</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customer_import.py" line="192"/>
        <source>Choose the column that holds the customer&apos;s name.</source>
        <translation>กรุณาเลือกคอลัมน์ที่เป็นชื่อลูกค้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customer_import.py" line="195"/>
        <source>Choose the column with the phone number or the e-mail address to find customers by.</source>
        <translation>กรุณาเลือกคอลัมน์เบอร์โทรหรืออีเมลที่ใช้ค้นหาลูกค้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customer_import.py" line="221"/>
        <source>The phone number {phone} is also on line {line}.</source>
        <translation>เบอร์โทร {phone} ซ้ำกับแถวที่ {line}</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customer_import.py" line="226"/>
        <source>The e-mail address {email} is also on line {line}.</source>
        <translation>อีเมล {email} ซ้ำกับแถวที่ {line}</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customer_import.py" line="357"/>
        <source>Line {line} matches the same customer.</source>
        <translation>แถวที่ {line} ตรงกับลูกค้ารายเดียวกัน</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customer_import.py" line="483"/>
        <source>Another desktop changed some of these customers meanwhile. Nothing was imported: run the import again.</source>
        <translation>ระหว่างนี้มีเครื่องอื่นแก้ไขลูกค้าบางรายในรายการนี้ จึงยังไม่ได้นำเข้าข้อมูลใด กรุณานำเข้าอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customer_import.py" line="572"/>
        <location filename="../../salesapp/services/customers.py" line="70"/>
        <source>Choose Thailand or Vietnam.</source>
        <translation>กรุณาเลือกประเทศไทยหรือเวียดนาม</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customer_profile.py" line="159"/>
        <source>Write what was said or done.</source>
        <translation>กรุณาเขียนว่าคุยอะไรหรือทำอะไรไปบ้าง</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customer_profile.py" line="176"/>
        <source>This field cannot be edited here.</source>
        <translation>แก้ไขช่องนี้ที่นี่ไม่ได้</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers.py" line="54"/>
        <location filename="../../salesapp/services/intake.py" line="127"/>
        <source>Enter the customer&apos;s name.</source>
        <translation>กรุณากรอกชื่อลูกค้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers.py" line="65"/>
        <source>“{text}” is not an e-mail address.</source>
        <translation>“{text}” ไม่ใช่อีเมลที่ถูกต้อง</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers.py" line="68"/>
        <source>“{text}” is not a postcode.</source>
        <translation>“{text}” ไม่ใช่รหัสไปรษณีย์ที่ถูกต้อง</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/duplicates.py" line="401"/>
        <source>Only a manager can merge customers of other salespeople.</source>
        <translation>เฉพาะผู้จัดการเท่านั้นที่รวมลูกค้าของพนักงานขายคนอื่นได้</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/duplicates.py" line="409"/>
        <source>Choose two different customers to merge.</source>
        <translation>กรุณาเลือกลูกค้าสองรายที่ต่างกันเพื่อรวม</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/duplicates.py" line="584"/>
        <source>This merge was undone already.</source>
        <translation>การรวมนี้ถูกยกเลิกไปแล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/duplicates.py" line="591"/>
        <source>“{name}” was merged into another customer since. Undo that merge first.</source>
        <translation>หลังจากนั้น “{name}” ถูกรวมเข้ากับลูกค้ารายอื่นแล้ว กรุณายกเลิกการรวมนั้นก่อน</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/duplicates.py" line="598"/>
        <source>This merge cannot be undone: another customer has number {id} now.</source>
        <translation>ยกเลิกการรวมนี้ไม่ได้ เพราะตอนนี้หมายเลข {id} เป็นของลูกค้ารายอื่นแล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/duplicates.py" line="607"/>
        <source>“{name}” was edited after the merge ({fields}). Undoing would lose that edit; change it back first or leave the merge.</source>
        <translation>“{name}” ถูกแก้ไขหลังการรวม ({fields}) หากยกเลิกการรวม การแก้ไขนั้นจะหายไป กรุณาแก้กลับก่อน หรือคงการรวมไว้</translation>
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
        <location filename="../../salesapp/services/handover.py" line="73"/>
        <source>Only a manager can hand over or take back customers.</source>
        <translation>เฉพาะผู้จัดการเท่านั้นที่มอบหมายหรือดึงลูกค้ากลับได้</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/handover.py" line="113"/>
        <source>{name} cannot receive customers: the account is disabled or not a sales account.</source>
        <translation>{name} รับลูกค้าไม่ได้ เพราะบัญชีถูกระงับหรือไม่ใช่บัญชีพนักงานขาย</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/handover.py" line="179"/>
        <source>Enter the reason for taking these customers back.</source>
        <translation>กรุณากรอกเหตุผลที่ดึงลูกค้าเหล่านี้กลับ</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/handover.py" line="214"/>
        <source>These customers no longer exist: they were deleted on another desktop.</source>
        <translation>ไม่มีลูกค้าเหล่านี้แล้ว เนื่องจากถูกลบจากเครื่องอื่น</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/import_table.py" line="86"/>
        <source>The file is not a text file in a known encoding.</source>
        <translation>ไฟล์นี้ไม่ใช่ไฟล์ข้อความที่ใช้การเข้ารหัสที่รู้จัก</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/import_table.py" line="114"/>
        <source>Line {line} of the file cannot be read: {detail}</source>
        <translation>อ่านแถวที่ {line} ของไฟล์ไม่ได้: {detail}</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/import_table.py" line="153"/>
        <source>{path} is not an Excel workbook (.xlsx) that can be read.</source>
        <translation>{path} ไม่ใช่ไฟล์ Excel (.xlsx) ที่อ่านได้</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/import_table.py" line="188"/>
        <source>Old Excel files (.xls) cannot be read: save the file as .xlsx or .csv in Excel first.</source>
        <translation>อ่านไฟล์ Excel แบบเก่า (.xls) ไม่ได้ กรุณาบันทึกไฟล์เป็น .xlsx หรือ .csv ใน Excel ก่อน</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/import_table.py" line="206"/>
        <source>The file {path} cannot be read: {detail}</source>
        <translation>อ่านไฟล์ {path} ไม่ได้: {detail}</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/import_table.py" line="209"/>
        <source>The file has no rows.</source>
        <translation>ไฟล์นี้ไม่มีข้อมูล</translation>
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
        <location filename="../../salesapp/services/orders.py" line="75"/>
        <source>An order can have at most {max} lines.</source>
        <translation>คำสั่งซื้อหนึ่งรายการมีสินค้าได้ไม่เกิน {max} รายการ</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/orders.py" line="165"/>
        <source>A unit of this order is no longer in the catalogue. Choose the product again.</source>
        <translation>หน่วยสินค้าในคำสั่งซื้อนี้ไม่มีในรายการสินค้าแล้ว กรุณาเลือกสินค้าใหม่อีกครั้ง</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/orders.py" line="170"/>
        <source>The unit “{unit}” is not sold for this product.</source>
        <translation>สินค้านี้ไม่ได้ขายในหน่วย “{unit}”</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/orders.py" line="175"/>
        <source>“{product}” is no longer sold.</source>
        <translation>“{product}” เลิกขายแล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/orders.py" line="179"/>
        <source>“{product}” ({unit}) is priced in {unit_currency}, not in {currency}.</source>
        <translation>“{product}” ({unit}) ตั้งราคาเป็น {unit_currency} ไม่ใช่ {currency}</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/segments.py" line="51"/>
        <source>Enter the segment&apos;s name.</source>
        <translation>กรุณากรอกชื่อกลุ่มลูกค้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/segments.py" line="53"/>
        <source>Only managers can share a segment with everyone.</source>
        <translation>เฉพาะผู้จัดการเท่านั้นที่แชร์กลุ่มลูกค้าให้ทุกคนได้</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/segments.py" line="77"/>
        <source>Only managers can delete a shared segment.</source>
        <translation>เฉพาะผู้จัดการเท่านั้นที่ลบกลุ่มลูกค้าที่แชร์ไว้ได้</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/tags.py" line="37"/>
        <source>Enter the tag&apos;s name.</source>
        <translation>กรุณากรอกชื่อแท็ก</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/tags.py" line="39"/>
        <source>“{text}” is not a colour.</source>
        <translation>“{text}” ไม่ใช่สีที่ถูกต้อง</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/tags.py" line="44"/>
        <source>A tag “{text}” already exists.</source>
        <translation>มีแท็ก “{text}” อยู่แล้ว</translation>
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
        <location filename="../../salesapp/ui/dialogs/bill_dialog.py" line="332"/>
        <source>Choose a product.</source>
        <translation>กรุณาเลือกสินค้า</translation>
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

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../salesapp/ui/mainwindow/about_dialog.py" line="41" />
        <source>About salesapp</source>
        <translation>เกี่ยวกับ salesapp</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/about_dialog.py" line="52" />
        <source>Version {0}</source>
        <translation>เวอร์ชัน {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/about_dialog.py" line="53" />
        <source>Sales follow-up for small online shops in Thailand and Vietnam.</source>
        <translation>ระบบติดตามการขายสำหรับร้านค้าออนไลน์ขนาดเล็กในไทยและเวียดนาม</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/about_dialog.py" line="66" />
        <source>About</source>
        <translation>เกี่ยวกับ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/about_dialog.py" line="72" />
        <source>Third-party notices</source>
        <translation>ประกาศของบุคคลที่สาม</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/about_dialog.py" line="86" />
        <source>shared PostgreSQL server</source>
        <translation>เซิร์ฟเวอร์ PostgreSQL ที่ใช้ร่วมกัน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/about_dialog.py" line="86" />
        <source>local database file</source>
        <translation>ไฟล์ฐานข้อมูลในเครื่องนี้</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/about_dialog.py" line="95" />
        <source>Version:</source>
        <translation>เวอร์ชัน:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/about_dialog.py" line="96" />
        <source>Database:</source>
        <translation>ฐานข้อมูล:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/about_dialog.py" line="97" />
        <source>Qt and PySide6:</source>
        <translation>Qt และ PySide6:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/about_dialog.py" line="98" />
        <source>Python:</source>
        <translation>Python:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/about_dialog.py" line="99" />
        <source>System:</source>
        <translation>ระบบปฏิบัติการ:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/about_dialog.py" line="112" />
        <source>salesapp is built with the open-source libraries listed below, each under its own licence. Qt and PySide6 are used under the GNU Lesser General Public License version 3 (LGPL v3): you may replace them with other builds of the same version.</source>
        <translation>salesapp สร้างขึ้นด้วยไลบรารีโอเพนซอร์สตามรายการด้านล่าง แต่ละรายการใช้ภายใต้สัญญาอนุญาตของตนเอง Qt และ PySide6 ใช้ภายใต้สัญญาอนุญาต GNU Lesser General Public License เวอร์ชัน 3 (LGPL v3) คุณจึงแทนที่ Qt และ PySide6 ด้วยชุดที่สร้างขึ้นเองจากเวอร์ชันเดียวกันได้</translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
    <message>
        <location filename="../../salesapp/ui/customers/_appointment_dialog.py" line="90" />
        <source>New appointment</source>
        <translation>นัดหมายใหม่</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_appointment_dialog.py" line="92" />
        <source>Move appointment</source>
        <translation>เลื่อนนัดหมาย</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_appointment_dialog.py" line="95" />
        <source>Meeting with &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>นัดพบกับ &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_appointment_dialog.py" line="101" />
        <source> min</source>
        <translation> นาที</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_appointment_dialog.py" line="103" />
        <source>Shop, office, café, customer's address…</source>
        <translation>ร้าน สำนักงาน คาเฟ่ ที่อยู่ลูกค้า…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_appointment_dialog.py" line="105" />
        <source>What the meeting is for</source>
        <translation>นัดพบเพื่ออะไร</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_appointment_dialog.py" line="109" />
        <source>When:</source>
        <translation>เวลา:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_appointment_dialog.py" line="116" />
        <source>Duration:</source>
        <translation>ระยะเวลา:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_appointment_dialog.py" line="117" />
        <source>Place:</source>
        <translation>สถานที่:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_appointment_dialog.py" line="118" />
        <source>Purpose:</source>
        <translation>วัตถุประสงค์:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_appointment_dialog.py" line="125" />
        <source>Call off meeting…</source>
        <translation>ยกเลิกนัด…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_appointment_dialog.py" line="155" />
        <source>until {0}</source>
        <translation>ถึง {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_appointment_dialog.py" line="163" />
        <source>Type the date as dd/mm/yyyy.</source>
        <translation>กรุณาพิมพ์วันที่ในรูปแบบ วว/ดด/ปปปป</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_appointment_dialog.py" line="166" />
        <source>Enter the date of the meeting.</source>
        <translation>กรุณากรอกวันที่นัดพบ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_appointment_dialog.py" line="190" />
        <source>Call off meeting</source>
        <translation>ยกเลิกนัด</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_appointment_dialog.py" line="191" />
        <source>Call off this meeting? It is removed from the calendar; the history keeps it.</source>
        <translation>ต้องการยกเลิกนัดนี้หรือไม่ นัดจะถูกนำออกจากปฏิทิน แต่ยังเก็บไว้ในประวัติ</translation>
    </message>
</context>
<context>
    <name>AppointmentsWeekView</name>
    <message>
        <location filename="../../salesapp/ui/customers/_appointments_week.py" line="114" />
        <source>◀ Previous week</source>
        <translation>◀ สัปดาห์ก่อน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_appointments_week.py" line="115" />
        <source>This week</source>
        <translation>สัปดาห์นี้</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_appointments_week.py" line="116" />
        <source>Next week ▶</source>
        <translation>สัปดาห์หน้า ▶</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_appointments_week.py" line="209" />
        <source>%n meeting(s)</source>
        <translation>%n นัด</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_appointments_week.py" line="226" />
        <source>Outcome: {0}</source>
        <translation>ผลลัพธ์: {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_appointments_week.py" line="232" />
        <source>The outcome is not recorded yet.</source>
        <translation>ยังไม่ได้บันทึกผลลัพธ์</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_dialogs.py" line="162" />
        <source>Assign %Ln case(s)</source>
        <translation>มอบหมาย %Ln รายการ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_dialogs.py" line="165" />
        <source>Assign to:</source>
        <translation>มอบหมายให้:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_dialogs.py" line="166" />
        <source>Assign</source>
        <translation>มอบหมาย</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="22" />
        <source>Staff account</source>
        <translation>บัญชีพนักงาน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="23" />
        <source>Customer</source>
        <translation>ลูกค้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="24" />
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="72" />
        <source>Tag</source>
        <translation>แท็ก</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="25" />
        <source>Product</source>
        <translation>สินค้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="26" />
        <source>Order</source>
        <translation>คำสั่งซื้อ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="27" />
        <source>Setting</source>
        <translation>การตั้งค่า</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="28" />
        <source>Follow-up</source>
        <translation>การติดตาม</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="29" />
        <source>Call-back request</source>
        <translation>คำขอให้ติดต่อกลับ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="30" />
        <source>Payment notice</source>
        <translation>รายการแจ้งโอนเงิน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="31" />
        <source>Appointment</source>
        <translation>นัดหมาย</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="32" />
        <source>Segment</source>
        <translation>กลุ่มลูกค้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="33" />
        <source>Upsell case</source>
        <translation>รายการอัพเซล</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="34" />
        <source>Opportunity</source>
        <translation>โอกาสทางการขาย</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="35" />
        <source>Opportunity stage</source>
        <translation>ขั้นของโอกาสทางการขาย</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="36" />
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="71" />
        <source>Pool</source>
        <translation>คลังลูกค้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="39" />
        <source>Created</source>
        <translation>สร้าง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="40" />
        <source>Changed</source>
        <translation>แก้ไข</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="41" />
        <source>Deleted</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="42" />
        <source>Signed in</source>
        <translation>เข้าสู่ระบบ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="43" />
        <source>Password changed</source>
        <translation>เปลี่ยนรหัสผ่าน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="44" />
        <source>Note added</source>
        <translation>เพิ่มโน้ต</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="45" />
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="93" />
        <source>Closed</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="46" />
        <source>Reopened</source>
        <translation>เปิดอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="47" />
        <source>Matched</source>
        <translation>จับคู่แล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="48" />
        <source>Handed over</source>
        <translation>ส่งมอบ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="49" />
        <source>Taken back</source>
        <translation>เรียกคืน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="50" />
        <source>Tag added</source>
        <translation>เพิ่มแท็ก</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="51" />
        <source>Tag removed</source>
        <translation>นำแท็กออก</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="52" />
        <source>Merged</source>
        <translation>รวมรายการ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="53" />
        <source>Merge undone</source>
        <translation>ยกเลิกการรวม</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="54" />
        <source>Imported</source>
        <translation>นำเข้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="55" />
        <source>Queued for upsell</source>
        <translation>เข้าคิวอัพเซล</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="56" />
        <source>Assigned</source>
        <translation>มอบหมาย</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="57" />
        <source>Given back</source>
        <translation>คืนงาน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="58" />
        <source>Status changed</source>
        <translation>เปลี่ยนสถานะ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="59" />
        <source>Note deleted</source>
        <translation>ลบโน้ต</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="60" />
        <source>Note pinned</source>
        <translation>ปักหมุดโน้ต</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="61" />
        <source>Note unpinned</source>
        <translation>เลิกปักหมุดโน้ต</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="62" />
        <source>Call</source>
        <translation>โทร</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="63" />
        <source>Stage changed</source>
        <translation>เปลี่ยนขั้น</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="64" />
        <source>Won</source>
        <translation>ปิดการขายสำเร็จ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="65" />
        <source>Lost</source>
        <translation>ปิดการขายไม่สำเร็จ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="69" />
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="70" />
        <source>Salesperson</source>
        <translation>พนักงานขาย</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="73" />
        <source>Tags</source>
        <translation>แท็ก</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="74" />
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="75" />
        <source>Reason</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="76" />
        <source>Title</source>
        <translation>ชื่อเรื่อง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="77" />
        <source>Stage</source>
        <translation>ขั้น</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="78" />
        <source>Amount</source>
        <translation>จำนวนเงิน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="79" />
        <source>Total</source>
        <translation>ยอดรวม</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="80" />
        <source>Upsell amount</source>
        <translation>ยอดอัพเซล</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="81" />
        <source>Currency</source>
        <translation>สกุลเงิน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="82" />
        <source>Number</source>
        <translation>เลขที่</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="83" />
        <source>Note</source>
        <translation>โน้ต</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="84" />
        <source>Pinned</source>
        <translation>ปักหมุด</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="85" />
        <source>Images</source>
        <translation>รูปภาพ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="86" />
        <source>Role</source>
        <translation>บทบาท</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="87" />
        <source>Enabled</source>
        <translation>เปิดใช้งาน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="88" />
        <source>Display name</source>
        <translation>ชื่อที่แสดง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="89" />
        <source>User name</source>
        <translation>ชื่อผู้ใช้</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="90" />
        <source>Default</source>
        <translation>ค่าเริ่มต้น</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="91" />
        <source>Probability</source>
        <translation>โอกาสสำเร็จ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="92" />
        <source>Position</source>
        <translation>ลำดับ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="94" />
        <source>Next follow-up</source>
        <translation>ติดตามครั้งถัดไป</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="95" />
        <source>Outcome</source>
        <translation>ผลลัพธ์</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="96" />
        <source>Starts</source>
        <translation>เริ่ม</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="97" />
        <source>Reason lost</source>
        <translation>เหตุผลที่ไม่สำเร็จ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="98" />
        <source>Assigned to</source>
        <translation>มอบหมายให้</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="99" />
        <source>Length (seconds)</source>
        <translation>ความยาว (วินาที)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="100" />
        <source>Shared</source>
        <translation>แชร์</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="101" />
        <source>SKU</source>
        <translation>รหัสสินค้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="102" />
        <source>Unit</source>
        <translation>หน่วย</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="103" />
        <source>Price</source>
        <translation>ราคา</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="104" />
        <source>Category</source>
        <translation>หมวดหมู่</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="106" />
        <source>The system</source>
        <translation>ระบบ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="107" />
        <source>no</source>
        <translation>ไม่</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="107" />
        <source>yes</source>
        <translation>ใช่</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="110" />
        <source>When</source>
        <translation>เมื่อ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="111" />
        <source>Who</source>
        <translation>ผู้ทำรายการ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="112" />
        <source>Record kind</source>
        <translation>ประเภทรายการ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="113" />
        <source>Record</source>
        <translation>รายการ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="114" />
        <source>Action</source>
        <translation>การกระทำ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="115" />
        <source>Changes</source>
        <translation>การเปลี่ยนแปลง</translation>
    </message>
</context>
<context>
    <name>AuditDetail</name>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_parts.py" line="129" />
        <source>Field</source>
        <translation>ช่องข้อมูล</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_parts.py" line="129" />
        <source>Before</source>
        <translation>ก่อน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_parts.py" line="129" />
        <source>After</source>
        <translation>หลัง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_parts.py" line="148" />
        <source>Choose a row to see the whole change.</source>
        <translation>เลือกแถวเพื่อดูการเปลี่ยนแปลงทั้งหมด</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_parts.py" line="154" />
        <source>{when} · {who} · {kind}: {record} · {action}</source>
        <translation>{when} · {who} · {kind}: {record} · {action}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_parts.py" line="168" />
        <source>No field changes were recorded for this action.</source>
        <translation>การกระทำนี้ไม่มีการบันทึกการเปลี่ยนแปลงของช่องข้อมูล</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../salesapp/ui/admin/audit_view.py" line="43" />
        <source>Audit trail</source>
        <translation>ประวัติการทำรายการ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/audit_view.py" line="64" />
        <source>All</source>
        <translation>ทั้งหมด</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/audit_view.py" line="113" />
        <source>{0}+ changes</source>
        <translation>การเปลี่ยนแปลง {0}+ รายการ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/audit_view.py" line="115" />
        <source>%Ln change(s)</source>
        <translation>การเปลี่ยนแปลง %Ln รายการ</translation>
    </message>
</context>
<context>
    <name>AuditExportDialog</name>
    <message>
        <location filename="../../salesapp/ui/admin/audit_view.py" line="140" />
        <source>Export the audit trail</source>
        <translation>ส่งออกประวัติการทำรายการ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/audit_view.py" line="141" />
        <source>The changes of the list as filtered, newest first.</source>
        <translation>การเปลี่ยนแปลงตามตัวกรองที่เลือก เรียงจากล่าสุด</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/audit_view.py" line="144" />
        <source>Export the audit trail to</source>
        <translation>ส่งออกประวัติการทำรายการไปที่</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/audit_view.py" line="156" />
        <source>%Ln change(s) exported.</source>
        <translation>ส่งออกการเปลี่ยนแปลง %Ln รายการแล้ว</translation>
    </message>
</context>
<context>
    <name>AuditFilterBar</name>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_parts.py" line="43" />
        <location filename="../../salesapp/ui/admin/_audit_parts.py" line="83" />
        <source>Everyone</source>
        <translation>ทุกคน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_parts.py" line="45" />
        <source>Any record</source>
        <translation>ทุกประเภท</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_parts.py" line="49" />
        <source>Any action</source>
        <translation>ทุกการกระทำ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_parts.py" line="54" />
        <source>Clear filters</source>
        <translation>ล้างตัวกรอง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_parts.py" line="56" />
        <source>Export…</source>
        <translation>ส่งออก…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_parts.py" line="66" />
        <source>Person:</source>
        <translation>พนักงาน:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_parts.py" line="66" />
        <source>Record:</source>
        <translation>รายการ:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_parts.py" line="67" />
        <source>Action:</source>
        <translation>การกระทำ:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_parts.py" line="67" />
        <source>From:</source>
        <translation>ตั้งแต่:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_parts.py" line="68" />
        <source>To:</source>
        <translation>ถึง:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_parts.py" line="88" />
        <source>{0} (disabled)</source>
        <translation>{0} (ปิดใช้งาน)</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <location filename="../../salesapp/ui/backup/backup_actions.py" line="209" />
        <source>The daily backup failed: {0}</source>
        <translation>การสำรองข้อมูลรายวันล้มเหลว: {0}</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../salesapp/ui/backup/_backup_dialog.py" line="54" />
        <source>Back up now</source>
        <translation>สำรองข้อมูลตอนนี้</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_backup_dialog.py" line="57" />
        <source>A backup is one file holding everything in this database: customers, orders, notes, images and payment slips. Everyone can keep working while it is written.</source>
        <translation>ข้อมูลสำรองคือไฟล์เดียวที่เก็บทุกอย่างในฐานข้อมูลนี้ ทั้งลูกค้า คำสั่งซื้อ บันทึก รูปภาพ และสลิปการโอนเงิน ทุกคนทำงานต่อได้ตามปกติระหว่างที่กำลังเขียนไฟล์</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_backup_dialog.py" line="64" />
        <location filename="../../salesapp/ui/backup/_backup_dialog.py" line="92" />
        <source>Browse…</source>
        <translation>เลือก…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_backup_dialog.py" line="70" />
        <source>Backup file:</source>
        <translation>ไฟล์ข้อมูลสำรอง:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_backup_dialog.py" line="74" />
        <source>Back up</source>
        <translation>สำรองข้อมูล</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_backup_dialog.py" line="88" />
        <source>Daily automatic backup (this computer)</source>
        <translation>สำรองข้อมูลอัตโนมัติทุกวัน (เครื่องนี้)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_backup_dialog.py" line="89" />
        <source>Back up every day into this folder</source>
        <translation>สำรองข้อมูลทุกวันลงในโฟลเดอร์นี้</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_backup_dialog.py" line="100" />
        <source> backups</source>
        <translation> ไฟล์</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_backup_dialog.py" line="102" />
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_backup_dialog.py" line="111" />
        <source>Folder:</source>
        <translation>โฟลเดอร์:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_backup_dialog.py" line="112" />
        <source>Keep the last:</source>
        <translation>เก็บไว้ล่าสุด:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_backup_dialog.py" line="119" />
        <source>Backup file</source>
        <translation>ไฟล์ข้อมูลสำรอง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_backup_dialog.py" line="128" />
        <source>Choose the file to write the backup to.</source>
        <translation>กรุณาเลือกไฟล์ที่จะเขียนข้อมูลสำรอง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_backup_dialog.py" line="154" />
        <source>The backup is written: {0} ({1}, {2} rows, {3} s).</source>
        <translation>เขียนข้อมูลสำรองเรียบร้อยแล้ว: {0} ({1}, {2} แถว, {3} วินาที)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_backup_dialog.py" line="163" />
        <source>The backup was cancelled: no file was kept.</source>
        <translation>ยกเลิกการสำรองข้อมูลแล้ว ไม่ได้เก็บไฟล์ไว้</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_backup_dialog.py" line="169" />
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_backup_dialog.py" line="169" />
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_backup_dialog.py" line="174" />
        <source>Folder for the daily backups</source>
        <translation>โฟลเดอร์สำหรับข้อมูลสำรองรายวัน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_backup_dialog.py" line="183" />
        <source>Choose the folder for the daily backups.</source>
        <translation>กรุณาเลือกโฟลเดอร์สำหรับข้อมูลสำรองรายวัน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_backup_dialog.py" line="194" />
        <source>Saved: this computer backs up every day into {0}, keeping the last {1}.</source>
        <translation>บันทึกแล้ว: เครื่องนี้จะสำรองข้อมูลทุกวันลงใน {0} และเก็บไว้ {1} ไฟล์ล่าสุด</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_backup_dialog.py" line="198" />
        <source>Saved: no daily backup on this computer.</source>
        <translation>บันทึกแล้ว: เครื่องนี้จะไม่สำรองข้อมูลรายวัน</translation>
    </message>
</context>
<context>
    <name>BackupLabels</name>
    <message>
        <location filename="../../salesapp/ui/backup/_labels.py" line="12" />
        <source>Copying the tables…</source>
        <translation>กำลังคัดลอกตาราง…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_labels.py" line="13" />
        <source>Computing the checksums…</source>
        <translation>กำลังคำนวณค่าตรวจสอบ…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_labels.py" line="14" />
        <source>Checking the backup file…</source>
        <translation>กำลังตรวจสอบไฟล์ข้อมูลสำรอง…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_labels.py" line="15" />
        <source>Loading the rows into the new database…</source>
        <translation>กำลังโหลดข้อมูลลงฐานข้อมูลใหม่…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_labels.py" line="16" />
        <source>Checking the restored tables against the backup…</source>
        <translation>กำลังตรวจตารางที่กู้คืนเทียบกับข้อมูลสำรอง…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_labels.py" line="17" />
        <source>Bringing the database up to this version…</source>
        <translation>กำลังปรับฐานข้อมูลให้เป็นรุ่นปัจจุบัน…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_labels.py" line="18" />
        <source>Done.</source>
        <translation>เสร็จแล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_labels.py" line="41" />
        <source>just now</source>
        <translation>เมื่อสักครู่</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_labels.py" line="43" />
        <source>{0} minutes ago</source>
        <translation>{0} นาทีที่แล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_labels.py" line="45" />
        <source>{0} hours ago</source>
        <translation>{0} ชั่วโมงที่แล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_labels.py" line="46" />
        <source>{0} days ago</source>
        <translation>{0} วันที่แล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_labels.py" line="51" />
        <source>salesapp backup (*{0});;All files (*)</source>
        <translation>ข้อมูลสำรอง salesapp (*{0});;ทุกไฟล์ (*)</translation>
    </message>
</context>
<context>
    <name>BackupStatus</name>
    <message>
        <location filename="../../salesapp/ui/backup/backup_actions.py" line="47" />
        <source>No backup yet: File → Back up now…</source>
        <translation>ยังไม่มีข้อมูลสำรอง: ไฟล์ → สำรองข้อมูลตอนนี้…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/backup_actions.py" line="49" />
        <source>Last backup {0}: back up now</source>
        <translation>สำรองข้อมูลล่าสุด {0}: ควรสำรองข้อมูลตอนนี้</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/backup_actions.py" line="51" />
        <source>Last backup: {0}</source>
        <translation>สำรองข้อมูลล่าสุด: {0}</translation>
    </message>
</context>
<context>
    <name>BillDialog</name>
    <message>
        <location filename="../../salesapp/ui/orders/bill_dialog.py" line="137" />
        <source>Type part of the product name or SKU</source>
        <translation>พิมพ์บางส่วนของชื่อสินค้าหรือ SKU</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/bill_dialog.py" line="154" />
        <source>Add line</source>
        <translation>เพิ่มรายการ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/bill_dialog.py" line="163" />
        <source>Quantity:</source>
        <translation>จำนวน:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/bill_dialog.py" line="167" />
        <source>Discount:</source>
        <translation>ส่วนลด:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/bill_dialog.py" line="177" />
        <source>Product:</source>
        <translation>สินค้า:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/bill_dialog.py" line="178" />
        <source>Unit:</source>
        <translation>หน่วย:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/bill_dialog.py" line="181" />
        <source>Product</source>
        <translation>สินค้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/bill_dialog.py" line="182" />
        <source>Unit</source>
        <translation>หน่วย</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/bill_dialog.py" line="183" />
        <source>Qty</source>
        <translation>จำนวน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/bill_dialog.py" line="184" />
        <source>Unit price</source>
        <translation>ราคาต่อหน่วย</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/bill_dialog.py" line="185" />
        <source>Discount</source>
        <translation>ส่วนลด</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/bill_dialog.py" line="186" />
        <source>Line total</source>
        <translation>รวม</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/bill_dialog.py" line="205" />
        <source>Remove line</source>
        <translation>ลบรายการ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/bill_dialog.py" line="241" />
        <source>No products are priced in {0}: add them to the catalogue first.</source>
        <translation>ยังไม่มีสินค้าที่ตั้งราคาเป็น {0} กรุณาเพิ่มสินค้าในรายการสินค้าก่อน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/bill_dialog.py" line="414" />
        <source>New order for {0}</source>
        <translation>คำสั่งซื้อใหม่ของ {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/bill_dialog.py" line="433" />
        <source>For the packer or the courier, e.g. call before delivery</source>
        <translation>สำหรับคนแพ็กหรือขนส่ง เช่น โทรก่อนส่ง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/bill_dialog.py" line="454" />
        <source>Not said yet</source>
        <translation>ยังไม่ระบุ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/bill_dialog.py" line="457" />
        <source>Shipping:</source>
        <translation>ค่าจัดส่ง:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/bill_dialog.py" line="458" />
        <source>Payment:</source>
        <translation>การชำระเงิน:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/bill_dialog.py" line="459" />
        <source>Note:</source>
        <translation>หมายเหตุ:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/bill_dialog.py" line="509" />
        <source>Subtotal {0} (after {1} of discounts)</source>
        <translation>ยอดรวมสินค้า {0} (หักส่วนลด {1} แล้ว)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/bill_dialog.py" line="511" />
        <source>Subtotal {0}</source>
        <translation>ยอดรวมสินค้า {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/bill_dialog.py" line="513" />
        <source>Shipping not counted: it is not an amount</source>
        <translation>ไม่ได้รวมค่าจัดส่ง เพราะไม่ใช่จำนวนเงินที่ถูกต้อง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/bill_dialog.py" line="515" />
        <source>Shipping {0}</source>
        <translation>ค่าจัดส่ง {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/bill_dialog.py" line="517" />
        <source>Total {0}</source>
        <translation>ยอดรวม {0}</translation>
    </message>
</context>
<context>
    <name>BoardColumnView</name>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_board.py" line="307" />
        <source>Load more</source>
        <translation>โหลดเพิ่ม</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_board.py" line="330" />
        <source>Opportunities: {0}</source>
        <translation>โอกาสทางการขาย: {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_board.py" line="332" />
        <source>stale: {0}</source>
        <translation>ไม่มีความเคลื่อนไหว: {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_board.py" line="333" />
        <source>Weighted: {0}</source>
        <translation>ยอดคาดการณ์: {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_board.py" line="335" />
        <source>Amount: {0}</source>
        <translation>มูลค่า: {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_board.py" line="346" />
        <source>and {0} more — use the list</source>
        <translation>และอีก {0} รายการ — ดูในมุมมองรายการ</translation>
    </message>
</context>
<context>
    <name>CallTimer</name>
    <message>
        <location filename="../../salesapp/ui/widgets/call_timer.py" line="23" />
        <source>Do not dial (I dial on my phone)</source>
        <translation>ไม่โทรออกจากเครื่องนี้ (โทรจากโทรศัพท์เอง)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/call_timer.py" line="24" />
        <source>tel: links (phone app, Skype, Teams…)</source>
        <translation>ลิงก์ tel: (แอปโทรศัพท์, Skype, Teams…)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/call_timer.py" line="25" />
        <source>sip: links (softphone)</source>
        <translation>ลิงก์ sip: (ซอฟต์โฟน)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/call_timer.py" line="83" />
        <source>Start call</source>
        <translation>เริ่มโทร</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/call_timer.py" line="84" />
        <source>Start timing the call (and dial, if this desktop dials)</source>
        <translation>เริ่มจับเวลาการโทร (และโทรออก หากตั้งให้เครื่องนี้โทรออก)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/call_timer.py" line="85" />
        <source>End call</source>
        <translation>วางสาย</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/call_timer.py" line="96" />
        <source>Length of the call</source>
        <translation>ระยะเวลาการโทร</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/call_timer.py" line="138" />
        <source>This computer has no program for {0} links; dial the number yourself.</source>
        <translation>เครื่องนี้ไม่มีโปรแกรมสำหรับเปิดลิงก์ {0} กรุณากดโทรเอง</translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_board.py" line="188" />
        <source>Close {0}</source>
        <translation>คาดว่าปิด {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_board.py" line="192" />
        <source>idle {0} d</source>
        <translation>ไม่เคลื่อนไหว {0} วัน</translation>
    </message>
</context>
<context>
    <name>CatalogueView</name>
    <message>
        <location filename="../../salesapp/ui/catalogue/catalogue_view.py" line="71" />
        <source>SKU</source>
        <translation>รหัสสินค้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/catalogue_view.py" line="72" />
        <source>Name</source>
        <translation>ชื่อสินค้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/catalogue_view.py" line="73" />
        <location filename="../../salesapp/ui/catalogue/catalogue_view.py" line="80" />
        <source>Category</source>
        <translation>หมวดหมู่</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/catalogue_view.py" line="74" />
        <source>Units and prices</source>
        <translation>หน่วยและราคา</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/catalogue_view.py" line="77" />
        <source>Search by name or SKU</source>
        <translation>ค้นหาด้วยชื่อหรือรหัสสินค้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/catalogue_view.py" line="82" />
        <location filename="../../salesapp/ui/catalogue/catalogue_view.py" line="175" />
        <source>All categories</source>
        <translation>ทุกหมวดหมู่</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/catalogue_view.py" line="84" />
        <source>New product</source>
        <translation>เพิ่มสินค้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/catalogue_view.py" line="87" />
        <source>More</source>
        <translation>เพิ่มเติม</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/catalogue_view.py" line="90" />
        <source>Import products…</source>
        <translation>นำเข้าสินค้า…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/catalogue_view.py" line="91" />
        <source>Export the list…</source>
        <translation>ส่งออกรายการ…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/catalogue_view.py" line="96" />
        <source>Sold</source>
        <translation>ขายอยู่</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/catalogue_view.py" line="96" />
        <source>Archived</source>
        <translation>เก็บถาวร</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/catalogue_view.py" line="197" />
        <source>1 product</source>
        <translation>1 รายการ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/catalogue_view.py" line="197" />
        <source>{0} products</source>
        <translation>{0} รายการ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/catalogue_view.py" line="199" />
        <source>The first {0} products found; type more to narrow the search</source>
        <translation>แสดง {0} รายการแรกที่พบ พิมพ์เพิ่มเพื่อค้นหาให้แคบลง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/catalogue_view.py" line="201" />
        <source>1 product found</source>
        <translation>พบ 1 รายการ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/catalogue_view.py" line="201" />
        <source>{0} products found</source>
        <translation>พบ {0} รายการ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/catalogue_view.py" line="279" />
        <source>Restored: sold again.</source>
        <translation>นำกลับมาขายแล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/catalogue_view.py" line="279" />
        <source>Archived.</source>
        <translation>เก็บถาวรแล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/catalogue_view.py" line="322" />
        <source>Wait until the list has loaded.</source>
        <translation>กรุณารอให้รายการโหลดเสร็จก่อน</translation>
    </message>
</context>
<context>
    <name>ComposeDialog</name>
    <message>
        <location filename="../../salesapp/ui/messaging/compose_dialog.py" line="56" />
        <source>{0} to {1}</source>
        <translation>{0} ถึง {1}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/compose_dialog.py" line="68" />
        <source>To:</source>
        <translation>ถึง:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/compose_dialog.py" line="70" />
        <source>Subject:</source>
        <translation>หัวเรื่อง:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/compose_dialog.py" line="77" />
        <source>This customer asked for no marketing by {0}. A personal message may still be sent; do not use it for promotions.</source>
        <translation>ลูกค้ารายนี้ขอไม่รับข้อความการตลาดทาง {0} ยังส่งข้อความส่วนตัวได้ แต่อย่าใช้เพื่อโปรโมชัน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/compose_dialog.py" line="91" />
        <source>Attach…</source>
        <translation>แนบไฟล์…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/compose_dialog.py" line="93" />
        <source>Remove</source>
        <translation>นำออก</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/compose_dialog.py" line="96" />
        <source>Files:</source>
        <translation>ไฟล์:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/compose_dialog.py" line="105" />
        <source>Send</source>
        <translation>ส่ง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/compose_dialog.py" line="133" />
        <source>Unicode (Thai, Vietnamese)</source>
        <translation>Unicode (ไทย เวียดนาม)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/compose_dialog.py" line="133" />
        <source>GSM</source>
        <translation>GSM</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/compose_dialog.py" line="136" />
        <source>%n character(s)</source>
        <translation>%n ตัวอักษร</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/compose_dialog.py" line="138" />
        <source>%n SMS part(s)</source>
        <translation>%n ข้อความ SMS</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/compose_dialog.py" line="140" />
        <source>{0} left in this part</source>
        <translation>เหลือ {0} ตัวอักษรในข้อความนี้</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/compose_dialog.py" line="146" />
        <source>{0} of {1} characters</source>
        <translation>{0} จาก {1} ตัวอักษร</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/compose_dialog.py" line="153" />
        <source>%n file(s) attached</source>
        <translation>แนบแล้ว %n ไฟล์</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/compose_dialog.py" line="155" />
        <source>{0} of {1} MB</source>
        <translation>{0} จาก {1} MB</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/compose_dialog.py" line="161" />
        <source>Attach files</source>
        <translation>แนบไฟล์</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/compose_dialog.py" line="171" />
        <source>At most {0} files and {1} MB can be attached.</source>
        <translation>แนบได้ไม่เกิน {0} ไฟล์ และไม่เกิน {1} MB</translation>
    </message>
</context>
<context>
    <name>ContactRequestDialog</name>
    <message>
        <location filename="../../salesapp/ui/followup/_intake_dialogs.py" line="62" />
        <source>New contact-back request</source>
        <translation>รายการติดต่อกลับใหม่</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_intake_dialogs.py" line="69" />
        <source>Name:</source>
        <translation>ชื่อ:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_intake_dialogs.py" line="70" />
        <source>Phone:</source>
        <translation>โทรศัพท์:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_intake_dialogs.py" line="71" />
        <source>Country:</source>
        <translation>ประเทศ:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_intake_dialogs.py" line="72" />
        <source>Product of interest:</source>
        <translation>สินค้าที่สนใจ:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_intake_dialogs.py" line="73" />
        <source>Message:</source>
        <translation>ข้อความ:</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_dialog.py" line="51" />
        <source>New customer</source>
        <translation>ลูกค้าใหม่</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_dialog.py" line="51" />
        <source>Edit {0}</source>
        <translation>แก้ไข {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_dialog.py" line="57" />
        <source>Paste a chat message here: the phone numbers and the address are found for you.</source>
        <translation>วางข้อความแชทที่นี่ ระบบจะหาเบอร์โทรและที่อยู่ให้</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_dialog.py" line="61" />
        <source>Fill from message</source>
        <translation>กรอกจากข้อความ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_dialog.py" line="66" />
        <source>From a chat message</source>
        <translation>จากข้อความแชท</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_dialog.py" line="81" />
        <source>House no., moo, soi, road / street</source>
        <translation>บ้านเลขที่ หมู่ ซอย ถนน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_dialog.py" line="105" />
        <source>Facebook</source>
        <translation>Facebook</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_dialog.py" line="105" />
        <source>LINE</source>
        <translation>LINE</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_dialog.py" line="106" />
        <source>Zalo</source>
        <translation>Zalo</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_dialog.py" line="115" />
        <source>Second phone</source>
        <translation>เบอร์โทรสำรอง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_dialog.py" line="118" />
        <source>Source:</source>
        <translation>แหล่งที่มา:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_dialog.py" line="125" />
        <source>Name:</source>
        <translation>ชื่อ:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_dialog.py" line="126" />
        <source>Country:</source>
        <translation>ประเทศ:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_dialog.py" line="127" />
        <source>Phones:</source>
        <translation>เบอร์โทร:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_dialog.py" line="129" />
        <source>E-mail:</source>
        <translation>อีเมล:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_dialog.py" line="130" />
        <source>Address:</source>
        <translation>ที่อยู่:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_dialog.py" line="131" />
        <source>Subdistrict / ward:</source>
        <translation>ตำบล/แขวง:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_dialog.py" line="132" />
        <source>District:</source>
        <translation>อำเภอ/เขต:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_dialog.py" line="133" />
        <source>Province, postcode:</source>
        <translation>จังหวัด, รหัสไปรษณีย์:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_dialog.py" line="134" />
        <source>Channel:</source>
        <translation>ช่องทาง:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_dialog.py" line="135" />
        <source>Chat handles:</source>
        <translation>บัญชีแชท:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_dialog.py" line="136" />
        <source>Birth date:</source>
        <translation>วันเกิด:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_dialog.py" line="137" />
        <source>Bill note:</source>
        <translation>หมายเหตุในบิล:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_dialog.py" line="166" />
        <source>phone</source>
        <translation>เบอร์โทร</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_dialog.py" line="168" />
        <source>second phone</source>
        <translation>เบอร์โทรสำรอง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_dialog.py" line="169" />
        <source>name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_dialog.py" line="170" />
        <source>address</source>
        <translation>ที่อยู่</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_dialog.py" line="171" />
        <source>subdistrict</source>
        <translation>ตำบล/แขวง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_dialog.py" line="172" />
        <source>district</source>
        <translation>อำเภอ/เขต</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_dialog.py" line="173" />
        <source>province</source>
        <translation>จังหวัด</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_dialog.py" line="174" />
        <source>postcode</source>
        <translation>รหัสไปรษณีย์</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_dialog.py" line="177" />
        <source>Filled from the message: {0}.</source>
        <translation>กรอกจากข้อความแล้ว: {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_dialog.py" line="180" />
        <source>Nothing new found in the message.</source>
        <translation>ไม่พบข้อมูลใหม่ในข้อความ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_dialog.py" line="192" />
        <source>This phone or e-mail already belongs to a customer of {0}. Ask for a handover rather than adding a second copy.</source>
        <translation>เบอร์โทรหรืออีเมลนี้เป็นของลูกค้าของ {0} อยู่แล้ว โปรดขอโอนย้ายลูกค้าแทนการเพิ่มซ้ำ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_dialog.py" line="202" />
        <source>Already a customer: {0}. Open that profile instead, or save to add a new one.</source>
        <translation>เป็นลูกค้าอยู่แล้ว: {0} เปิดโปรไฟล์นั้นแทน หรือกดบันทึกเพื่อเพิ่มเป็นลูกค้าใหม่</translation>
    </message>
</context>
<context>
    <name>CustomerFilterBar</name>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_filter_bar.py" line="74" />
        <source>Any handover state</source>
        <translation>ทุกสถานะการมอบหมาย</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_filter_bar.py" line="76" />
        <source>Any channel</source>
        <translation>ทุกช่องทาง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_filter_bar.py" line="77" />
        <source>Any age</source>
        <translation>ทุกช่วงอายุ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_filter_bar.py" line="79" />
        <source>Any source</source>
        <translation>ทุกแหล่งที่มา</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_filter_bar.py" line="82" />
        <location filename="../../salesapp/ui/customers/_customer_filter_bar.py" line="218" />
        <source>Tags</source>
        <translation>แท็ก</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_filter_bar.py" line="86" />
        <source>Upcoming appointment</source>
        <translation>มีนัดหมายที่จะถึง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_filter_bar.py" line="88" />
        <source>Any date</source>
        <translation>ทุกช่วงเวลา</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_filter_bar.py" line="102" />
        <source>All customers</source>
        <translation>ลูกค้าทั้งหมด</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_filter_bar.py" line="104" />
        <source>Save as segment…</source>
        <translation>บันทึกเป็นกลุ่มลูกค้า…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_filter_bar.py" line="106" />
        <source>Clear filters</source>
        <translation>ล้างตัวกรอง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_filter_bar.py" line="111" />
        <source>Segment:</source>
        <translation>กลุ่มลูกค้า:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_filter_bar.py" line="176" />
        <source>All pools (unassigned)</source>
        <translation>ทุกคลังลูกค้า (ยังไม่มีผู้รับผิดชอบ)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_filter_bar.py" line="182" />
        <source>Pool: {0}</source>
        <translation>คลัง: {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_filter_bar.py" line="218" />
        <source>Tags ({0})</source>
        <translation>แท็ก ({0})</translation>
    </message>
</context>
<context>
    <name>CustomerListActions</name>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_actions.py" line="80" />
        <source>Add tag</source>
        <translation>ติดแท็ก</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_actions.py" line="84" />
        <source>Remove tag</source>
        <translation>นำแท็กออก</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_actions.py" line="95" />
        <source>Hand over…</source>
        <translation>มอบหมาย…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_actions.py" line="97" />
        <source>Take back…</source>
        <translation>ดึงกลับ…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_actions.py" line="102" />
        <source>Export…</source>
        <translation>ส่งออก…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_actions.py" line="103" />
        <source>Export the selected customers to CSV or Excel</source>
        <translation>ส่งออกลูกค้าที่เลือกเป็น CSV หรือ Excel</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_actions.py" line="126" />
        <source>{0} selected</source>
        <translation>เลือกแล้ว {0} ราย</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_actions.py" line="126" />
        <source>None selected</source>
        <translation>ยังไม่ได้เลือก</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_actions.py" line="128" />
        <source>Select all {0}</source>
        <translation>เลือกทั้งหมด {0} ราย</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_actions.py" line="156" />
        <source>Tag “{0}” added to {1} customers.</source>
        <translation>ติดแท็ก “{0}” ให้ลูกค้า {1} รายแล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_actions.py" line="158" />
        <source>Tag “{0}” removed from {1} customers.</source>
        <translation>นำแท็ก “{0}” ออกจากลูกค้า {1} รายแล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_actions.py" line="244" />
        <source>{0} customers changed hands.</source>
        <translation>เปลี่ยนผู้รับผิดชอบลูกค้า {0} รายแล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_actions.py" line="262" />
        <source>Wait until the list has loaded, or select customers first.</source>
        <translation>กรุณารอให้รายการโหลดเสร็จ หรือเลือกลูกค้าก่อน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_actions.py" line="270" />
        <source>New tag</source>
        <translation>แท็กใหม่</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_actions.py" line="270" />
        <source>Tag name:</source>
        <translation>ชื่อแท็ก:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_actions.py" line="273" />
        <source>Tag colour</source>
        <translation>สีแท็ก</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_actions.py" line="289" />
        <source>Save as segment</source>
        <translation>บันทึกเป็นกลุ่มลูกค้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_actions.py" line="289" />
        <source>Segment name:</source>
        <translation>ชื่อกลุ่มลูกค้า:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_actions.py" line="298" />
        <source>Segment “{0}” saved.</source>
        <translation>บันทึกกลุ่มลูกค้า “{0}” แล้ว</translation>
    </message>
</context>
<context>
    <name>CustomerPickDialog</name>
    <message>
        <location filename="../../salesapp/ui/orders/_new_order.py" line="47" />
        <source>New order</source>
        <translation>คำสั่งซื้อใหม่</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_new_order.py" line="49" />
        <source>Who is the order for? Search by name or phone.</source>
        <translation>คำสั่งซื้อนี้ของลูกค้าคนไหน? ค้นหาด้วยชื่อหรือเบอร์โทร</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_new_order.py" line="51" />
        <source>Search customers by name or phone</source>
        <translation>ค้นหาลูกค้าด้วยชื่อหรือเบอร์โทร</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_new_order.py" line="59" />
        <source>Next: the bill…</source>
        <translation>ถัดไป: เปิดบิล…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_new_order.py" line="94" />
        <source>No customer found. Add new customers in the Customers section.</source>
        <translation>ไม่พบลูกค้า เพิ่มลูกค้าใหม่ได้ที่เมนูลูกค้า</translation>
    </message>
</context>
<context>
    <name>CustomerProfilePane</name>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_profile_pane.py" line="92" />
        <source>Phone:</source>
        <translation>โทรศัพท์:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_profile_pane.py" line="93" />
        <source>Second phone:</source>
        <translation>โทรศัพท์สำรอง:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_profile_pane.py" line="94" />
        <source>E-mail:</source>
        <translation>อีเมล:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_profile_pane.py" line="95" />
        <source>Address:</source>
        <translation>ที่อยู่:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_profile_pane.py" line="96" />
        <source>Subdistrict / ward:</source>
        <translation>ตำบล / แขวง:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_profile_pane.py" line="97" />
        <source>District:</source>
        <translation>อำเภอ / เขต:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_profile_pane.py" line="98" />
        <source>Province:</source>
        <translation>จังหวัด:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_profile_pane.py" line="99" />
        <source>Postcode:</source>
        <translation>รหัสไปรษณีย์:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_profile_pane.py" line="100" />
        <source>Facebook:</source>
        <translation>Facebook:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_profile_pane.py" line="101" />
        <source>LINE:</source>
        <translation>LINE:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_profile_pane.py" line="102" />
        <source>Zalo:</source>
        <translation>Zalo:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_profile_pane.py" line="103" />
        <source>Source:</source>
        <translation>แหล่งที่มา:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_profile_pane.py" line="104" />
        <source>Bill note:</source>
        <translation>หมายเหตุบิล:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_profile_pane.py" line="148" />
        <source>Edit…</source>
        <translation>แก้ไข…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_profile_pane.py" line="149" />
        <source>Fill from chat…</source>
        <translation>กรอกจากแชท…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_profile_pane.py" line="150" />
        <source>Open bill…</source>
        <translation>เปิดบิล…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_profile_pane.py" line="151" />
        <source>Appointment…</source>
        <translation>นัดหมาย…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_profile_pane.py" line="152" />
        <source>New opportunity…</source>
        <translation>โอกาสทางการขายใหม่…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_profile_pane.py" line="154" />
        <source>Tags</source>
        <translation>แท็ก</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_profile_pane.py" line="171" />
        <source>Profile</source>
        <translation>โปรไฟล์</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_profile_pane.py" line="172" />
        <source>Orders</source>
        <translation>คำสั่งซื้อ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_profile_pane.py" line="173" />
        <source>Care history</source>
        <translation>ประวัติการดูแล</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_profile_pane.py" line="174" />
        <source>Appointments</source>
        <translation>นัดหมาย</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_profile_pane.py" line="199" />
        <source>Type and press Enter to save; Escape puts the saved value back.</source>
        <translation>พิมพ์แล้วกด Enter เพื่อบันทึก กด Esc เพื่อคืนค่าที่บันทึกไว้</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_profile_pane.py" line="217" />
        <source>Order</source>
        <translation>คำสั่งซื้อ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_profile_pane.py" line="217" />
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_profile_pane.py" line="217" />
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_profile_pane.py" line="217" />
        <source>Total</source>
        <translation>ยอดรวม</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_profile_pane.py" line="232" />
        <source>Everything</source>
        <translation>ทั้งหมด</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_profile_pane.py" line="236" />
        <source>Show:</source>
        <translation>แสดง:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_profile_pane.py" line="244" />
        <source>What was said or done…</source>
        <translation>คุยอะไรหรือทำอะไรไปบ้าง…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_profile_pane.py" line="245" />
        <source>Add</source>
        <translation>เพิ่ม</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_profile_pane.py" line="262" />
        <source>When</source>
        <translation>เวลา</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_profile_pane.py" line="262" />
        <source>Place</source>
        <translation>สถานที่</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_profile_pane.py" line="262" />
        <source>Purpose</source>
        <translation>วัตถุประสงค์</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_profile_pane.py" line="262" />
        <source>Outcome</source>
        <translation>ผลลัพธ์</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_profile_pane.py" line="268" />
        <source>Double-click a meeting to record how it went or to move it.</source>
        <translation>ดับเบิลคลิกที่นัดเพื่อบันทึกผลลัพธ์หรือเลื่อนนัด</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_profile_pane.py" line="300" />
        <source>No customer selected</source>
        <translation>ยังไม่ได้เลือกลูกค้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_profile_pane.py" line="316" />
        <source>Salesperson: {0}</source>
        <translation>พนักงานขาย: {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_profile_pane.py" line="316" />
        <source>Pool</source>
        <translation>คลังลูกค้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_profile_pane.py" line="348" />
        <source>Birth date</source>
        <translation>วันเกิด</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_profile_pane.py" line="348" />
        <source>{0} (age {1})</source>
        <translation>{0} (อายุ {1} ปี)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_profile_pane.py" line="350" />
        <source>Created</source>
        <translation>วันที่สร้าง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_profile_pane.py" line="351" />
        <source>Imported</source>
        <translation>วันที่นำเข้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_profile_pane.py" line="352" />
        <source>Handed over</source>
        <translation>วันที่มอบหมาย</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_profile_pane.py" line="353" />
        <source>Converted</source>
        <translation>ซื้อครั้งแรก</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_profile_pane.py" line="354" />
        <source>First contact</source>
        <translation>ติดต่อครั้งแรก</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_profile_pane.py" line="355" />
        <source>Last contact</source>
        <translation>ติดต่อล่าสุด</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_profile_pane.py" line="374" />
        <source>%Ln order(s) · lifetime total {0}</source>
        <translation>%Ln คำสั่งซื้อ · ยอดซื้อรวมทั้งหมด {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_profile_pane.py" line="380" />
        <source>(upcoming)</source>
        <translation>(ยังไม่ถึงเวลา)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_profile_pane.py" line="393" />
        <source>Nothing yet.</source>
        <translation>ยังไม่มีรายการ</translation>
    </message>
</context>
<context>
    <name>Customers</name>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="23" />
        <source>Website</source>
        <translation>เว็บไซต์</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="24" />
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="98" />
        <source>Facebook</source>
        <translation>Facebook</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="25" />
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="66" />
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="99" />
        <source>LINE</source>
        <translation>LINE</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="26" />
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="100" />
        <source>Zalo</source>
        <translation>Zalo</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="27" />
        <source>Shopee</source>
        <translation>Shopee</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="28" />
        <source>Lazada</source>
        <translation>Lazada</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="29" />
        <source>TikTok</source>
        <translation>TikTok</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="30" />
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="85" />
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="31" />
        <source>Walk-in</source>
        <translation>หน้าร้าน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="32" />
        <source>Everyone's customers</source>
        <translation>ลูกค้าของทุกคน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="33" />
        <source>My customers</source>
        <translation>ลูกค้าของฉัน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="34" />
        <source>The pool (unassigned)</source>
        <translation>คลังลูกค้า (ยังไม่มีผู้รับผิดชอบ)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="35" />
        <source>A staff member's</source>
        <translation>ของพนักงานคนหนึ่ง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="36" />
        <source>Waiting in the pool</source>
        <translation>รออยู่ในคลังลูกค้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="37" />
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="40" />
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="57" />
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="74" />
        <source>Handed over</source>
        <translation>มอบหมายแล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="38" />
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="55" />
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="102" />
        <source>Created</source>
        <translation>วันที่สร้าง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="39" />
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="56" />
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="80" />
        <source>Imported</source>
        <translation>นำเข้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="41" />
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="58" />
        <source>Converted</source>
        <translation>ซื้อครั้งแรก</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="42" />
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="59" />
        <source>First contact</source>
        <translation>ติดต่อครั้งแรก</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="43" />
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="60" />
        <source>Last contact</source>
        <translation>ติดต่อล่าสุด</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="44" />
        <source>Today</source>
        <translation>วันนี้</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="45" />
        <source>This week</source>
        <translation>สัปดาห์นี้</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="46" />
        <source>This month</source>
        <translation>เดือนนี้</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="47" />
        <source>Last month</source>
        <translation>เดือนที่แล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="48" />
        <source>From … to …</source>
        <translation>ตั้งแต่ … ถึง …</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="49" />
        <source>Under 25</source>
        <translation>ต่ำกว่า 25 ปี</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="50" />
        <source>25–34</source>
        <translation>25–34 ปี</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="51" />
        <source>35–44</source>
        <translation>35–44 ปี</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="52" />
        <source>45–54</source>
        <translation>45–54 ปี</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="53" />
        <source>55 and over</source>
        <translation>55 ปีขึ้นไป</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="54" />
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="84" />
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="61" />
        <source>Note</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="62" />
        <source>Call</source>
        <translation>โทร</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="63" />
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="87" />
        <source>E-mail</source>
        <translation>อีเมล</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="64" />
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="65" />
        <source>Meeting</source>
        <translation>นัดพบ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="67" />
        <source>Notes and calls</source>
        <translation>บันทึกและการโทร</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="68" />
        <source>Orders</source>
        <translation>คำสั่งซื้อ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="69" />
        <source>Handovers</source>
        <translation>การมอบหมาย</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="70" />
        <source>Appointments</source>
        <translation>นัดหมาย</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="71" />
        <source>Changes</source>
        <translation>การแก้ไข</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="72" />
        <source>Customer added</source>
        <translation>เพิ่มลูกค้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="73" />
        <source>Profile changed</source>
        <translation>แก้ไขโปรไฟล์</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="75" />
        <source>Taken back</source>
        <translation>ดึงลูกค้ากลับ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="76" />
        <source>Tag added</source>
        <translation>ติดแท็ก</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="77" />
        <source>Tag removed</source>
        <translation>นำแท็กออก</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="78" />
        <source>Merged with a duplicate</source>
        <translation>รวมกับรายการซ้ำ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="79" />
        <source>Merge undone</source>
        <translation>ยกเลิกการรวมแล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="86" />
        <source>Second phone</source>
        <translation>เบอร์โทรสำรอง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="88" />
        <source>Address</source>
        <translation>ที่อยู่</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="89" />
        <source>Subdistrict</source>
        <translation>ตำบล/แขวง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="90" />
        <source>District</source>
        <translation>อำเภอ/เขต</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="91" />
        <source>Province</source>
        <translation>จังหวัด</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="92" />
        <source>Postcode</source>
        <translation>รหัสไปรษณีย์</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="93" />
        <source>Country</source>
        <translation>ประเทศ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="94" />
        <source>Channel</source>
        <translation>ช่องทาง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="95" />
        <source>Source</source>
        <translation>แหล่งที่มา</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="96" />
        <source>Birth date</source>
        <translation>วันเกิด</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="97" />
        <source>Bill note</source>
        <translation>หมายเหตุในบิล</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="101" />
        <source>Salesperson</source>
        <translation>พนักงานขาย</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="104" />
        <source>Thailand</source>
        <translation>ประเทศไทย</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="104" />
        <source>Vietnam</source>
        <translation>เวียดนาม</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="105" />
        <source>Order placed</source>
        <translation>สั่งซื้อ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="106" />
        <source>Appointment</source>
        <translation>นัดหมาย</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="136" />
        <source>Main pool</source>
        <translation>คลังหลัก</translation>
    </message>
</context>
<context>
    <name>CustomersView</name>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="174" />
        <location filename="../../salesapp/ui/customers/customers_view.py" line="231" />
        <source>Pool</source>
        <translation>คลังลูกค้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customers_view.py" line="95" />
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customers_view.py" line="96" />
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customers_view.py" line="97" />
        <source>Province</source>
        <translation>จังหวัด</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customers_view.py" line="98" />
        <source>Channel</source>
        <translation>ช่องทาง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customers_view.py" line="99" />
        <source>Salesperson</source>
        <translation>พนักงานขาย</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customers_view.py" line="100" />
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customers_view.py" line="103" />
        <source>Search by name, phone or e-mail</source>
        <translation>ค้นหาด้วยชื่อ เบอร์โทร หรืออีเมล</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customers_view.py" line="107" />
        <source>{0}, newest first</source>
        <translation>{0} (ล่าสุดก่อน)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customers_view.py" line="109" />
        <source>Order of the list</source>
        <translation>การเรียงลำดับรายการ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customers_view.py" line="111" />
        <source>New customer…</source>
        <translation>ลูกค้าใหม่…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customers_view.py" line="114" />
        <source>More</source>
        <translation>เพิ่มเติม</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customers_view.py" line="117" />
        <source>New tag…</source>
        <translation>แท็กใหม่…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customers_view.py" line="118" />
        <source>Import customers…</source>
        <translation>นำเข้าลูกค้า…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customers_view.py" line="119" />
        <source>Export the list…</source>
        <translation>ส่งออกรายการ…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customers_view.py" line="120" />
        <source>Find duplicates…</source>
        <translation>ค้นหารายการซ้ำ…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customers_view.py" line="121" />
        <source>My appointments this week…</source>
        <translation>นัดหมายของฉันสัปดาห์นี้…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customers_view.py" line="131" />
        <source>Customers</source>
        <translation>ลูกค้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customers_view.py" line="296" />
        <source>Saved.</source>
        <translation>บันทึกแล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customers_view.py" line="354" />
        <source>Order {0} created.</source>
        <translation>สร้างคำสั่งซื้อ {0} แล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customers_view.py" line="369" />
        <source>Opportunity “{0}” added.</source>
        <translation>เพิ่มโอกาสทางการขาย “{0}” แล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customers_view.py" line="415" />
        <source>My appointments</source>
        <translation>นัดหมายของฉัน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customers_view.py" line="488" />
        <source>{0} saved.</source>
        <translation>บันทึก {0} แล้ว</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <location filename="../../salesapp/ui/widgets/date_edit.py" line="69" />
        <source>dd/mm/yyyy</source>
        <translation>วว/ดด/ปปปป</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/date_edit.py" line="79" />
        <source>Choose from the calendar (Alt+Down)</source>
        <translation>เลือกจากปฏิทิน (Alt+ลูกศรลง)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/date_edit.py" line="80" />
        <source>Open calendar</source>
        <translation>เปิดปฏิทิน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/date_edit.py" line="135" />
        <source>{0} is outside the dates allowed.</source>
        <translation>{0} อยู่นอกช่วงวันที่ที่เลือกได้</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/date_edit.py" line="139" />
        <source>“{0}” is not a date: type it as dd/mm/yyyy, for example {1}.</source>
        <translation>“{0}” ไม่ใช่วันที่ กรุณาพิมพ์เป็น วว/ดด/ปปปป เช่น {1}</translation>
    </message>
</context>
<context>
    <name>DateTimeEdit</name>
    <message>
        <location filename="../../salesapp/ui/widgets/date_edit.py" line="304" />
        <source>Time (24-hour)</source>
        <translation>เวลา (แบบ 24 ชั่วโมง)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/date_edit.py" line="305" />
        <source>Now</source>
        <translation>ตอนนี้</translation>
    </message>
</context>
<context>
    <name>DayColumn</name>
    <message>
        <location filename="../../salesapp/ui/customers/_appointments_week.py" line="79" />
        <source>No meetings</source>
        <translation>ไม่มีนัด</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../salesapp/ui/customers/_duplicates_dialog.py" line="161" />
        <source>Duplicate customers</source>
        <translation>ลูกค้าที่ซ้ำกัน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_duplicates_dialog.py" line="165" />
        <source>These customers are probably the same person: same phone, same e-mail, or same name in the same province. Merge a pair to keep one profile with all orders and history.</source>
        <translation>ลูกค้าเหล่านี้น่าจะเป็นคนเดียวกัน เพราะเบอร์โทรตรงกัน อีเมลตรงกัน หรือชื่อเดียวกันในจังหวัดเดียวกัน รวมแต่ละคู่เพื่อเก็บไว้เป็นโปรไฟล์เดียวพร้อมคำสั่งซื้อและประวัติทั้งหมด</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_duplicates_dialog.py" line="177" />
        <location filename="../../salesapp/ui/customers/_duplicates_dialog.py" line="179" />
        <source>Customer</source>
        <translation>ลูกค้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_duplicates_dialog.py" line="178" />
        <location filename="../../salesapp/ui/customers/_duplicates_dialog.py" line="180" />
        <source>Phone / e-mail</source>
        <translation>เบอร์โทร / อีเมล</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_duplicates_dialog.py" line="181" />
        <source>Why</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_duplicates_dialog.py" line="188" />
        <source>Looking for duplicates…</source>
        <translation>กำลังค้นหารายการซ้ำ…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_duplicates_dialog.py" line="192" />
        <source>Merge…</source>
        <translation>รวม…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_duplicates_dialog.py" line="194" />
        <source>Undo merge</source>
        <translation>ยกเลิกการรวม</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_duplicates_dialog.py" line="196" />
        <source>Refresh</source>
        <translation>รีเฟรช</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_duplicates_dialog.py" line="224" />
        <source>Same phone {0}</source>
        <translation>เบอร์โทรเดียวกัน {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_duplicates_dialog.py" line="226" />
        <source>Same e-mail {0}</source>
        <translation>อีเมลเดียวกัน {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_duplicates_dialog.py" line="227" />
        <source>Same name and province</source>
        <translation>ชื่อและจังหวัดเดียวกัน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_duplicates_dialog.py" line="244" />
        <source>No likely duplicates were found.</source>
        <translation>ไม่พบลูกค้าที่น่าจะซ้ำกัน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_duplicates_dialog.py" line="284" />
        <source>“{0}” was merged into “{1}”; {2} orders, notes and other records moved with it.</source>
        <translation>รวม “{0}” เข้ากับ “{1}” แล้ว คำสั่งซื้อ บันทึก และข้อมูลอื่น ๆ {2} รายการย้ายไปด้วย</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_duplicates_dialog.py" line="306" />
        <source>Merge undone: “{0}” is back with its orders and history.</source>
        <translation>ยกเลิกการรวมแล้ว “{0}” กลับมาพร้อมคำสั่งซื้อและประวัติเดิม</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_duplicates_dialog.py" line="327" />
        <source>Bring back “{0}”</source>
        <translation>นำ “{0}” กลับมา</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <location filename="../../salesapp/ui/widgets/form_parts.py" line="68" />
        <source>Thailand</source>
        <translation>ประเทศไทย</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/form_parts.py" line="69" />
        <source>Vietnam</source>
        <translation>เวียดนาม</translation>
    </message>
</context>
<context>
    <name>EraCalendarWidget</name>
    <message>
        <location filename="../../salesapp/ui/widgets/era_calendar.py" line="67" />
        <source>Previous month</source>
        <translation>เดือนก่อนหน้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/era_calendar.py" line="72" />
        <source>Next month</source>
        <translation>เดือนถัดไป</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/era_calendar.py" line="76" />
        <source>Month</source>
        <translation>เดือน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/era_calendar.py" line="80" />
        <source>Year</source>
        <translation>ปี</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/era_calendar.py" line="84" />
        <source>Today</source>
        <translation>วันนี้</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../salesapp/ui/customers/_export_dialog.py" line="34" />
        <source>Export customers</source>
        <translation>ส่งออกลูกค้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_export_dialog.py" line="35" />
        <source>{0} customers of the list as shown.</source>
        <translation>ลูกค้า {0} รายตามที่แสดงในรายการ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_export_dialog.py" line="38" />
        <source>Export customers to</source>
        <translation>ส่งออกลูกค้าไปที่</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_export_dialog.py" line="47" />
        <source>{0} customers exported.</source>
        <translation>ส่งออกลูกค้า {0} รายแล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/export_dialog.py" line="64" />
        <source>Browse…</source>
        <translation>เลือก…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/export_dialog.py" line="70" />
        <source>Excel workbook (.xlsx)</source>
        <translation>ไฟล์ Excel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/export_dialog.py" line="71" />
        <source>CSV, UTF-8 (.csv)</source>
        <translation>CSV แบบ UTF-8 (.csv)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/export_dialog.py" line="73" />
        <source>File:</source>
        <translation>ไฟล์:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/export_dialog.py" line="74" />
        <source>Format:</source>
        <translation>รูปแบบ:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/export_dialog.py" line="81" />
        <source>Export</source>
        <translation>ส่งออก</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/export_dialog.py" line="83" />
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/export_dialog.py" line="85" />
        <source>Open the file</source>
        <translation>เปิดไฟล์</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/export_dialog.py" line="122" />
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>ไฟล์ Excel (*.xlsx);;CSV แบบ UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/export_dialog.py" line="160" />
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/export_dialog.py" line="173" />
        <source>This computer has no program to open the file with.</source>
        <translation>เครื่องนี้ไม่มีโปรแกรมสำหรับเปิดไฟล์นี้</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../salesapp/ui/mainwindow/first_run.py" line="53" />
        <source>Welcome to salesapp</source>
        <translation>ยินดีต้อนรับสู่ salesapp</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/first_run.py" line="55" />
        <source>Where should salesapp keep your shop's data?</source>
        <translation>ต้องการให้ salesapp เก็บข้อมูลร้านของคุณไว้ที่ใด</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/first_run.py" line="58" />
        <source>On this computer (one shop, one desktop)</source>
        <translation>ในคอมพิวเตอร์เครื่องนี้ (ร้านเดียว ใช้เครื่องเดียว)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/first_run.py" line="60" />
        <source>On the office's PostgreSQL server (shared by many desktops)</source>
        <translation>บนเซิร์ฟเวอร์ PostgreSQL ของสำนักงาน (ใช้ร่วมกันหลายเครื่อง)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/first_run.py" line="75" />
        <source>First administrator (for a new database)</source>
        <translation>ผู้ดูแลระบบคนแรก (สำหรับฐานข้อมูลใหม่)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/first_run.py" line="79" />
        <source>Your name as colleagues see it</source>
        <translation>ชื่อของคุณที่เพื่อนร่วมงานจะเห็น</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/first_run.py" line="84" />
        <source>User name:</source>
        <translation>ชื่อผู้ใช้:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/first_run.py" line="85" />
        <source>Display name:</source>
        <translation>ชื่อที่แสดง:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/first_run.py" line="86" />
        <location filename="../../salesapp/ui/mainwindow/first_run.py" line="138" />
        <source>Password:</source>
        <translation>รหัสผ่าน:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/first_run.py" line="87" />
        <source>Repeat password:</source>
        <translation>ยืนยันรหัสผ่าน:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/first_run.py" line="113" />
        <source>Browse…</source>
        <translation>เลือก…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/first_run.py" line="118" />
        <source>Database file:</source>
        <translation>ไฟล์ฐานข้อมูล:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/first_run.py" line="134" />
        <source>Server:</source>
        <translation>เซิร์ฟเวอร์:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/first_run.py" line="135" />
        <source>Port:</source>
        <translation>พอร์ต:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/first_run.py" line="136" />
        <source>Database:</source>
        <translation>ฐานข้อมูล:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/first_run.py" line="137" />
        <source>User:</source>
        <translation>ผู้ใช้:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/first_run.py" line="141" />
        <source>To set up a new database, use the server's superuser or the database owner once: salesapp keeps no copy of this password. To join a database already set up, leave User and Password empty: staff sign in with their own user name and password.</source>
        <translation>หากจะตั้งค่าฐานข้อมูลใหม่ ให้ใช้บัญชีผู้ดูแลสูงสุดของเซิร์ฟเวอร์หรือเจ้าของฐานข้อมูลเพียงครั้งเดียว salesapp จะไม่เก็บรหัสผ่านนี้ไว้ หากจะเข้าร่วมฐานข้อมูลที่ตั้งค่าไว้แล้ว ให้เว้นช่องผู้ใช้และรหัสผ่านว่างไว้ พนักงานแต่ละคนจะลงชื่อเข้าใช้ด้วยชื่อผู้ใช้และรหัสผ่านของตนเอง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/first_run.py" line="156" />
        <source>Use the server's superuser or an account that may create databases and roles: salesapp keeps no copy of this password. Afterwards everyone signs in with their own user name and password.</source>
        <translation>ใช้บัญชีผู้ดูแลสูงสุดของเซิร์ฟเวอร์หรือบัญชีที่สร้างฐานข้อมูลและบทบาทได้ salesapp จะไม่เก็บรหัสผ่านนี้ไว้ หลังจากนั้นทุกคนจะลงชื่อเข้าใช้ด้วยชื่อผู้ใช้และรหัสผ่านของตนเอง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/first_run.py" line="165" />
        <source>Create</source>
        <translation>สร้าง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/first_run.py" line="165" />
        <source>Connect</source>
        <translation>เชื่อมต่อ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/first_run.py" line="169" />
        <source>Database file</source>
        <translation>ไฟล์ฐานข้อมูล</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/first_run.py" line="169" />
        <source>salesapp database (*.sqlite3)</source>
        <translation>ฐานข้อมูล salesapp (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/first_run.py" line="177" />
        <source>The two passwords are not the same.</source>
        <translation>รหัสผ่านทั้งสองช่องไม่ตรงกัน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/first_run.py" line="183" />
        <source>Choose a file for the database.</source>
        <translation>กรุณาเลือกไฟล์สำหรับเก็บฐานข้อมูล</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/first_run.py" line="193" />
        <source>Enter the server, the database and the user.</source>
        <translation>กรุณากรอกเซิร์ฟเวอร์ ฐานข้อมูล และผู้ใช้</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/first_run.py" line="195" />
        <source>Enter the server and the database.</source>
        <translation>กรอกเซิร์ฟเวอร์และฐานข้อมูล</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/first_run.py" line="221" />
        <source>Type the server password: this computer has no keyring to keep it, so salesapp asks for it at each start.</source>
        <translation>โปรดพิมพ์รหัสผ่านของเซิร์ฟเวอร์: เครื่องนี้ไม่มีที่เก็บรหัสผ่าน (keyring) salesapp จึงถามรหัสผ่านทุกครั้งที่เปิดโปรแกรม</translation>
    </message>
</context>
<context>
    <name>FollowUp</name>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_labels.py" line="14" />
        <source>Order</source>
        <translation>คำสั่งซื้อ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_labels.py" line="15" />
        <source>Contact-back request</source>
        <translation>รายการติดต่อกลับ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_labels.py" line="16" />
        <source>Payment notice</source>
        <translation>รายการแจ้งโอนเงิน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_labels.py" line="19" />
        <source>Orders</source>
        <translation>คำสั่งซื้อ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_labels.py" line="20" />
        <source>Contact-back requests</source>
        <translation>รายการติดต่อกลับ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_labels.py" line="21" />
        <source>Payment notices</source>
        <translation>รายการแจ้งโอนเงิน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_labels.py" line="24" />
        <location filename="../../salesapp/ui/followup/_followup_labels.py" line="32" />
        <source>New</source>
        <translation>ยังไม่ได้ติดตาม</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_labels.py" line="25" />
        <location filename="../../salesapp/ui/followup/_followup_labels.py" line="34" />
        <source>Tracking</source>
        <translation>กำลังติดตาม</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_labels.py" line="26" />
        <source>Due</source>
        <translation>ถึงกำหนด</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_labels.py" line="27" />
        <source>Overdue</source>
        <translation>เลยกำหนด</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_labels.py" line="28" />
        <location filename="../../salesapp/ui/followup/_followup_labels.py" line="35" />
        <source>Closed</source>
        <translation>จบการติดตามแล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_labels.py" line="31" />
        <source>Open (new, due, tracking)</source>
        <translation>ที่ยังเปิดอยู่ (ใหม่ ถึงกำหนด กำลังติดตาม)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_labels.py" line="33" />
        <source>Due and overdue</source>
        <translation>ถึงกำหนดและเลยกำหนด</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_labels.py" line="38" />
        <source>Created</source>
        <translation>สร้าง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_labels.py" line="39" />
        <source>Changed</source>
        <translation>แก้ไข</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_labels.py" line="40" />
        <source>Deleted</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_labels.py" line="41" />
        <source>Note added</source>
        <translation>เพิ่มโน้ต</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_labels.py" line="42" />
        <source>Follow-up ended</source>
        <translation>จบการติดตาม</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_labels.py" line="43" />
        <source>Reopened</source>
        <translation>เปิดใหม่</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_labels.py" line="44" />
        <source>Matched payment</source>
        <translation>จับคู่การโอนเงิน</translation>
    </message>
</context>
<context>
    <name>FollowUpDetailPane</name>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_detail.py" line="104" />
        <source>Show the slip full size</source>
        <translation>ดูสลิปขนาดเต็ม</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_detail.py" line="106" />
        <location filename="../../salesapp/ui/followup/_followup_detail.py" line="283" />
        <source>Match to an order…</source>
        <translation>จับคู่กับคำสั่งซื้อ…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_detail.py" line="119" />
        <source>No notes yet.</source>
        <translation>ยังไม่มีบันทึก</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_detail.py" line="121" />
        <source>Write a note: what the customer said, what was agreed…</source>
        <translation>เขียนบันทึก: ลูกค้าพูดว่าอะไร ตกลงอะไรกันไว้…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_detail.py" line="126" />
        <location filename="../../salesapp/ui/followup/_followup_detail.py" line="385" />
        <source>Save note</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_detail.py" line="129" />
        <source>End follow-up</source>
        <translation>จบการติดตาม</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_detail.py" line="130" />
        <source>Tick, then Save: the follow-up ends with the note as its summary.</source>
        <translation>ติ๊กแล้วกดบันทึก: การติดตามจะจบลง โดยใช้บันทึกนี้เป็นสรุป</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_detail.py" line="132" />
        <source>Reopen</source>
        <translation>เปิดใหม่</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_detail.py" line="136" />
        <source>Next follow-up:</source>
        <translation>ติดตามครั้งถัดไป:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_detail.py" line="165" />
        <source>When</source>
        <translation>เวลา</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_detail.py" line="165" />
        <source>Who</source>
        <translation>ผู้ดำเนินการ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_detail.py" line="165" />
        <source>What</source>
        <translation>การดำเนินการ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_detail.py" line="165" />
        <source>Details</source>
        <translation>รายละเอียด</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_detail.py" line="170" />
        <source>Follow-up</source>
        <translation>ติดตาม</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_detail.py" line="171" />
        <source>History</source>
        <translation>ประวัติ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_detail.py" line="176" />
        <source>Select an item in the list to see it here.</source>
        <translation>เลือกรายการในตารางเพื่อดูรายละเอียดที่นี่</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_detail.py" line="213" />
        <location filename="../../salesapp/ui/followup/_followup_detail.py" line="311" />
        <source>next follow-up {0}</source>
        <translation>ติดตามครั้งถัดไป {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_detail.py" line="216" />
        <source>Unassigned</source>
        <translation>ยังไม่มีผู้รับผิดชอบ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_detail.py" line="234" />
        <source>Order {0}</source>
        <translation>คำสั่งซื้อ {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_detail.py" line="240" />
        <source>Ordered</source>
        <translation>วันที่สั่งซื้อ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_detail.py" line="248" />
        <source>Shipping</source>
        <translation>ค่าจัดส่ง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_detail.py" line="250" />
        <source>Total</source>
        <translation>ยอดรวม</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_detail.py" line="255" />
        <source>Payment</source>
        <translation>การชำระเงิน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_detail.py" line="255" />
        <source>Paid by transfer ({0})</source>
        <translation>ชำระโดยการโอนเงิน ({0})</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_detail.py" line="258" />
        <source>Order note</source>
        <translation>หมายเหตุคำสั่งซื้อ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_detail.py" line="260" />
        <source>Contact-back request {0}</source>
        <translation>รายการติดต่อกลับ {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_detail.py" line="262" />
        <location filename="../../salesapp/ui/followup/_followup_detail.py" line="271" />
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_detail.py" line="263" />
        <location filename="../../salesapp/ui/followup/_followup_detail.py" line="272" />
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_detail.py" line="264" />
        <source>Received</source>
        <translation>ได้รับเมื่อ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_detail.py" line="265" />
        <source>Product</source>
        <translation>สินค้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_detail.py" line="266" />
        <source>Message</source>
        <translation>ข้อความ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_detail.py" line="269" />
        <source>Payment notice {0}</source>
        <translation>รายการแจ้งโอนเงิน {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_detail.py" line="273" />
        <source>Amount</source>
        <translation>จำนวนเงิน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_detail.py" line="274" />
        <source>Bank</source>
        <translation>ธนาคาร</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_detail.py" line="275" />
        <source>Transferred</source>
        <translation>โอนเมื่อ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_detail.py" line="276" />
        <source>Order number given</source>
        <translation>เลขที่คำสั่งซื้อที่แจ้ง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_detail.py" line="277" />
        <source>Matched order</source>
        <translation>คำสั่งซื้อที่จับคู่</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_detail.py" line="277" />
        <source>Not matched yet</source>
        <translation>ยังไม่ได้จับคู่</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_detail.py" line="281" />
        <source>Match to another order…</source>
        <translation>จับคู่กับคำสั่งซื้ออื่น…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_detail.py" line="313" />
        <source>ended the follow-up</source>
        <translation>จบการติดตามแล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_detail.py" line="316" />
        <source>(time set, no note)</source>
        <translation>(ตั้งเวลาไว้ ไม่มีบันทึก)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_detail.py" line="385" />
        <source>Save and end follow-up</source>
        <translation>บันทึกและจบการติดตาม</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_detail.py" line="389" />
        <source>Retry saving</source>
        <translation>ลองบันทึกอีกครั้ง</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_dialogs.py" line="52" />
        <source>Follow-up on order {0}</source>
        <translation>ติดตามคำสั่งซื้อ {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_dialogs.py" line="54" />
        <source>e.g. Customer asks to call back after payday</source>
        <translation>เช่น ลูกค้าขอให้โทรกลับหลังเงินเดือนออก</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_dialogs.py" line="56" />
        <source>Reason:</source>
        <translation>เหตุผล:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_dialogs.py" line="57" />
        <source>Next call:</source>
        <translation>โทรครั้งถัดไป:</translation>
    </message>
</context>
<context>
    <name>FollowUpView</name>
    <message>
        <location filename="../../salesapp/ui/followup/followup_view.py" line="115" />
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/followup_view.py" line="118" />
        <source>Type</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/followup_view.py" line="119" />
        <source>Number</source>
        <translation>เลขที่</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/followup_view.py" line="120" />
        <source>Customer</source>
        <translation>ลูกค้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/followup_view.py" line="121" />
        <source>Amount</source>
        <translation>จำนวนเงิน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/followup_view.py" line="122" />
        <source>Next follow-up</source>
        <translation>ติดตามครั้งถัดไป</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/followup_view.py" line="124" />
        <source>Latest note</source>
        <translation>บันทึกล่าสุด</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/followup_view.py" line="127" />
        <source>Salesperson</source>
        <translation>พนักงานขาย</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/followup_view.py" line="127" />
        <location filename="../../salesapp/ui/followup/followup_view.py" line="140" />
        <source>Unassigned</source>
        <translation>ยังไม่มีผู้รับผิดชอบ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/followup_view.py" line="130" />
        <source>All follow-ups</source>
        <translation>ทั้งหมด</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/followup_view.py" line="139" />
        <source>Mine</source>
        <translation>ของฉัน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/followup_view.py" line="142" />
        <source>Everyone</source>
        <translation>ทุกคน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/followup_view.py" line="148" />
        <source>New</source>
        <translation>เพิ่มใหม่</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/followup_view.py" line="152" />
        <source>Contact-back request…</source>
        <translation>รายการติดต่อกลับ…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/followup_view.py" line="153" />
        <source>Payment notice…</source>
        <translation>รายการแจ้งโอนเงิน…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/followup_view.py" line="156" />
        <source>Show:</source>
        <translation>แสดง:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/followup_view.py" line="162" />
        <source>Show due items</source>
        <translation>แสดงรายการที่ถึงกำหนด</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/followup_view.py" line="257" />
        <source>%Ln follow-up(s)</source>
        <translation>%Ln รายการติดตาม</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/followup_view.py" line="259" />
        <source>%Ln follow-up(s) shown; {0} now, F5 updates the list</source>
        <translation>แสดง %Ln รายการติดตาม ขณะนี้มี {0} รายการ กด F5 เพื่ออัปเดตรายการ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/followup_view.py" line="273" />
        <source>Next follow-up: {0}</source>
        <translation>ติดตามครั้งถัดไป: {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/followup_view.py" line="283" />
        <source>Latest note by {0}, {1}:</source>
        <translation>บันทึกล่าสุดโดย {0} เมื่อ {1}:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/followup_view.py" line="286" />
        <source>No notes yet.</source>
        <translation>ยังไม่มีบันทึก</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/followup_view.py" line="390" />
        <source>Note saved.</source>
        <translation>บันทึกแล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/followup_view.py" line="398" />
        <source>Follow-up ended.</source>
        <translation>จบการติดตามแล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/followup_view.py" line="405" />
        <source>Follow-up reopened.</source>
        <translation>เปิดการติดตามใหม่แล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/followup_view.py" line="424" />
        <source>Payment matched.</source>
        <translation>จับคู่การโอนเงินแล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/followup_view.py" line="450" />
        <source>{0} {1} saved.</source>
        <translation>บันทึก{0} {1} แล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/followup_view.py" line="481" />
        <source>Follow-up due: {0}</source>
        <translation>ถึงกำหนดติดตาม: {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/followup_view.py" line="483" />
        <source>{0} follow-ups are due</source>
        <translation>ถึงกำหนดติดตาม {0} รายการ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/followup_view.py" line="494" />
        <source>salesapp: {0} follow-ups today or overdue</source>
        <translation>salesapp: ต้องติดตามวันนี้หรือเลยกำหนด {0} รายการ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/followup_view.py" line="510" />
        <source>Today: {0} follow-ups planned, {1} overdue from earlier days.</source>
        <translation>วันนี้: มีนัดติดตาม {0} รายการ และเลยกำหนดจากวันก่อน ๆ {1} รายการ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/followup_view.py" line="518" />
        <source>Good morning</source>
        <translation>สวัสดีตอนเช้า</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../../salesapp/ui/customers/_handover_dialog.py" line="140" />
        <source>Hand over customers</source>
        <translation>มอบหมายลูกค้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_handover_dialog.py" line="144" />
        <source>How to split them</source>
        <translation>วิธีแบ่งลูกค้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_handover_dialog.py" line="149" />
        <source>To one person</source>
        <translation>ให้คนเดียว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_handover_dialog.py" line="150" />
        <source>Manual counts</source>
        <translation>กำหนดจำนวนเอง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_handover_dialog.py" line="151" />
        <source>Evenly</source>
        <translation>แบ่งเท่า ๆ กัน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_handover_dialog.py" line="152" />
        <source>Least loaded first</source>
        <translation>ให้คนที่มีลูกค้าน้อยที่สุดก่อน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_handover_dialog.py" line="155" />
        <source>All selected customers go to the one staff member ticked.</source>
        <translation>ลูกค้าที่เลือกทั้งหมดจะมอบหมายให้พนักงานคนที่ติ๊กไว้</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_handover_dialog.py" line="156" />
        <source>Type how many customers each ticked staff member receives.</source>
        <translation>พิมพ์จำนวนลูกค้าที่พนักงานแต่ละคนที่ติ๊กไว้จะได้รับ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_handover_dialog.py" line="157" />
        <source>Everyone ticked receives the same number (differing by one).</source>
        <translation>ทุกคนที่ติ๊กไว้จะได้รับจำนวนเท่ากัน (ต่างกันไม่เกินหนึ่งราย)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_handover_dialog.py" line="158" />
        <source>Each next customer goes to whoever has the fewest customers, bringing everyone up evenly.</source>
        <translation>ลูกค้าแต่ละรายจะมอบหมายให้คนที่มีลูกค้าน้อยที่สุดในขณะนั้น เพื่อให้ทุกคนมีลูกค้าใกล้เคียงกัน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_handover_dialog.py" line="176" />
        <source>none</source>
        <translation>ไม่กำหนด</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_handover_dialog.py" line="177" />
        <source>no limit</source>
        <translation>ไม่จำกัด</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_handover_dialog.py" line="179" />
        <source>Each receives at least</source>
        <translation>แต่ละคนได้อย่างน้อย</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_handover_dialog.py" line="180" />
        <source>and at most</source>
        <translation>และไม่เกิน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_handover_dialog.py" line="186" />
        <location filename="../../salesapp/ui/customers/_handover_dialog.py" line="190" />
        <source>Staff member</source>
        <translation>พนักงาน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_handover_dialog.py" line="186" />
        <source>Customers now</source>
        <translation>ลูกค้าปัจจุบัน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_handover_dialog.py" line="186" />
        <source>Count</source>
        <translation>จำนวน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_handover_dialog.py" line="190" />
        <source>Now</source>
        <translation>ปัจจุบัน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_handover_dialog.py" line="190" />
        <source>+ New</source>
        <translation>+ ใหม่</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_handover_dialog.py" line="190" />
        <source>After</source>
        <translation>หลังมอบหมาย</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_handover_dialog.py" line="191" />
        <source>Tick who receives customers</source>
        <translation>ติ๊กเลือกผู้ที่จะได้รับลูกค้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_handover_dialog.py" line="193" />
        <source>Planned split</source>
        <translation>แผนการแบ่ง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_handover_dialog.py" line="200" />
        <source>Optional: kept in each customer's history</source>
        <translation>ไม่บังคับ: จะเก็บไว้ในประวัติของลูกค้าแต่ละราย</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_handover_dialog.py" line="201" />
        <source>Note:</source>
        <translation>หมายเหตุ:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_handover_dialog.py" line="211" />
        <source>Reload</source>
        <translation>โหลดใหม่</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_handover_dialog.py" line="231" />
        <source>Loading the staff…</source>
        <translation>กำลังโหลดรายชื่อพนักงาน…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_handover_dialog.py" line="237" />
        <source>1 customer selected.</source>
        <translation>เลือกลูกค้า 1 ราย</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_handover_dialog.py" line="239" />
        <source>{0} customers selected.</source>
        <translation>เลือกลูกค้า {0} ราย</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_handover_dialog.py" line="242" />
        <source>From the pool “{0}”.</source>
        <translation>จากคลัง “{0}”</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_handover_dialog.py" line="245" />
        <source>Hand over 1 customer</source>
        <translation>มอบหมายลูกค้า 1 ราย</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_handover_dialog.py" line="247" />
        <source>Hand over {0} customers</source>
        <translation>มอบหมายลูกค้า {0} ราย</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_handover_dialog.py" line="358" />
        <source>There is no active staff member who can receive customers.</source>
        <translation>ไม่มีพนักงานที่ใช้งานอยู่ซึ่งรับลูกค้าได้</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_handover_dialog.py" line="363" />
        <source>The list was reloaded: the selection is as it is now. Check it and confirm again.</source>
        <translation>โหลดรายการใหม่แล้ว รายการที่เลือกเป็นไปตามข้อมูลล่าสุด กรุณาตรวจสอบแล้วยืนยันอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_handover_dialog.py" line="376" />
        <source>Tick the staff members who receive the customers.</source>
        <translation>กรุณาติ๊กเลือกพนักงานที่จะได้รับลูกค้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_handover_dialog.py" line="444" />
        <source>Handing over…</source>
        <translation>กำลังมอบหมาย…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_handover_dialog.py" line="463" />
        <source>Reloading the list…</source>
        <translation>กำลังโหลดรายการใหม่…</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../salesapp/ui/mainwindow/help_dialog.py" line="22" />
        <source>Go to a section (in the order of the list on the left)</source>
        <translation>ไปยังส่วนต่าง ๆ (ตามลำดับในรายการด้านซ้าย)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/help_dialog.py" line="23" />
        <source>New record in this section</source>
        <translation>สร้างรายการใหม่ในส่วนนี้</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/help_dialog.py" line="24" />
        <source>Search in this section</source>
        <translation>ค้นหาในส่วนนี้</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/help_dialog.py" line="25" />
        <source>Read the section again from the database</source>
        <translation>โหลดข้อมูลของส่วนนี้ใหม่จากฐานข้อมูล</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/help_dialog.py" line="26" />
        <source>Select every row of the list</source>
        <translation>เลือกทุกแถวในรายการ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/help_dialog.py" line="27" />
        <source>Copy the selected rows for a spreadsheet</source>
        <translation>คัดลอกแถวที่เลือกไปวางในตารางคำนวณ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/help_dialog.py" line="28" />
        <source>This help</source>
        <translation>หน้าช่วยเหลือนี้</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/help_dialog.py" line="29" />
        <source>Quit salesapp</source>
        <translation>ออกจาก salesapp</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/help_dialog.py" line="46" />
        <source>Help: {0}</source>
        <translation>ช่วยเหลือ: {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/help_dialog.py" line="52" />
        <source>Settings of this desktop and, for administrators, the shop's.</source>
        <translation>การตั้งค่าของเครื่องนี้ และสำหรับผู้ดูแลระบบ คือการตั้งค่าของร้าน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/help_dialog.py" line="55" />
        <source>Keys</source>
        <translation>ปุ่มลัด</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/help_dialog.py" line="55" />
        <source>What they do</source>
        <translation>การทำงาน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/help_dialog.py" line="71" />
        <source>Keyboard shortcuts</source>
        <translation>ปุ่มลัดบนแป้นพิมพ์</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../salesapp/ui/customers/_import_dialog.py" line="48" />
        <source>Import customers</source>
        <translation>นำเข้าลูกค้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_import_dialog.py" line="58" />
        <source>Add new customers only</source>
        <translation>เพิ่มลูกค้าใหม่เท่านั้น</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_import_dialog.py" line="59" />
        <source>Add new customers and update existing ones</source>
        <translation>เพิ่มลูกค้าใหม่และอัปเดตลูกค้าที่มีอยู่</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_import_dialog.py" line="60" />
        <source>Update existing customers only</source>
        <translation>อัปเดตลูกค้าที่มีอยู่เท่านั้น</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_import_dialog.py" line="65" />
        <source>Thailand</source>
        <translation>ประเทศไทย</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_import_dialog.py" line="66" />
        <source>Vietnam</source>
        <translation>เวียดนาม</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_import_dialog.py" line="67" />
        <source>Phone numbers of:</source>
        <translation>เบอร์โทรของประเทศ:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_import_dialog.py" line="72" />
        <source>Into the pool:</source>
        <translation>เข้าคลังลูกค้า:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_import_dialog.py" line="77" />
        <source>The first row of the file must hold the column names. Existing customers are recognised by their phone number (also the second phone), else by their e-mail address. Phone numbers without a country code are read as numbers of the row's country (a Country column), else of the country chosen here.</source>
        <translation>แถวแรกของไฟล์ต้องเป็นชื่อคอลัมน์ ระบบจะจำลูกค้าที่มีอยู่แล้วจากเบอร์โทร (รวมถึงเบอร์โทรสำรอง) หากไม่มีจะใช้อีเมล เบอร์โทรที่ไม่มีรหัสประเทศจะถือเป็นเบอร์ของประเทศในแถวนั้น (คอลัมน์ประเทศ) หากไม่มีจะใช้ประเทศที่เลือกไว้ที่นี่</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_import_dialog.py" line="86" />
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_import_dialog.py" line="86" />
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_import_dialog.py" line="87" />
        <source>Second phone</source>
        <translation>เบอร์โทรสำรอง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_import_dialog.py" line="87" />
        <source>E-mail</source>
        <translation>อีเมล</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_import_dialog.py" line="87" />
        <source>Address</source>
        <translation>ที่อยู่</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_import_dialog.py" line="88" />
        <source>Subdistrict</source>
        <translation>ตำบล/แขวง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_import_dialog.py" line="88" />
        <source>District</source>
        <translation>อำเภอ/เขต</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_import_dialog.py" line="89" />
        <source>Province</source>
        <translation>จังหวัด</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_import_dialog.py" line="89" />
        <source>Postcode</source>
        <translation>รหัสไปรษณีย์</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_import_dialog.py" line="89" />
        <source>Channel</source>
        <translation>ช่องทาง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_import_dialog.py" line="90" />
        <source>Source</source>
        <translation>แหล่งที่มา</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_import_dialog.py" line="90" />
        <source>Birth date</source>
        <translation>วันเกิด</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_import_dialog.py" line="91" />
        <source>Bill note</source>
        <translation>หมายเหตุในบิล</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_import_dialog.py" line="91" />
        <source>Facebook</source>
        <translation>Facebook</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_import_dialog.py" line="91" />
        <source>LINE</source>
        <translation>LINE</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_import_dialog.py" line="92" />
        <source>Zalo</source>
        <translation>Zalo</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_import_dialog.py" line="92" />
        <source>Country</source>
        <translation>ประเทศ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_import_dialog.py" line="92" />
        <source>Salesperson</source>
        <translation>พนักงานขาย</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_import_dialog.py" line="93" />
        <source>Created</source>
        <translation>วันที่สร้าง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_import_dialog.py" line="117" />
        <source>Done: {0} customers created, {1} updated, {2} rows skipped.</source>
        <translation>เสร็จแล้ว: สร้างลูกค้าใหม่ {0} ราย อัปเดต {1} ราย ข้าม {2} แถว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/import_wizard.py" line="101" />
        <source>&lt; Back</source>
        <translation>&lt; ย้อนกลับ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/import_wizard.py" line="102" />
        <source>Next &gt;</source>
        <translation>ถัดไป &gt;</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/import_wizard.py" line="103" />
        <source>Import</source>
        <translation>นำเข้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/import_wizard.py" line="104" />
        <location filename="../../salesapp/ui/widgets/import_wizard.py" line="272" />
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/import_wizard.py" line="158" />
        <source>{0} rows: {1} to create, {2} to update, {3} skipped, {4} with errors.</source>
        <translation>{0} แถว: สร้างใหม่ {1} · ปรับปรุง {2} · ข้าม {3} · มีข้อผิดพลาด {4}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/import_wizard.py" line="170" />
        <source>A .csv or .xlsx file</source>
        <translation>ไฟล์ .csv หรือ .xlsx</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/import_wizard.py" line="172" />
        <source>Browse…</source>
        <translation>เลือก…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/import_wizard.py" line="183" />
        <source>File:</source>
        <translation>ไฟล์:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/import_wizard.py" line="185" />
        <source>Mode:</source>
        <translation>วิธีนำเข้า:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/import_wizard.py" line="199" />
        <source>Column in the file</source>
        <translation>คอลัมน์ในไฟล์</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/import_wizard.py" line="200" />
        <source>Example</source>
        <translation>ตัวอย่าง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/import_wizard.py" line="201" />
        <source>Import as</source>
        <translation>นำเข้าเป็น</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/import_wizard.py" line="272" />
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/import_wizard.py" line="296" />
        <source>Choose the file to import</source>
        <translation>เลือกไฟล์ที่จะนำเข้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/import_wizard.py" line="298" />
        <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
        <translation>ตารางข้อมูล (*.csv *.xlsx);;ทุกไฟล์ (*)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/import_wizard.py" line="377" />
        <source>(ignore)</source>
        <translation>(ไม่นำเข้า)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/import_wizard.py" line="394" />
        <source>{0}: {1} rows. Choose what each column holds; columns set to “(ignore)” are not imported.</source>
        <translation>{0}: {1} แถว เลือกว่าแต่ละคอลัมน์เก็บข้อมูลอะไร คอลัมน์ที่ตั้งเป็น “(ไม่นำเข้า)” จะไม่ถูกนำเข้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/import_wizard.py" line="441" />
        <source>Nothing can be imported while rows have errors. Correct them in the file and choose it again, or set their columns to “(ignore)”.</source>
        <translation>ยังนำเข้าไม่ได้ขณะที่มีแถวผิดพลาด แก้ไขในไฟล์แล้วเลือกไฟล์อีกครั้ง หรือตั้งคอลัมน์นั้นเป็น “(ไม่นำเข้า)”</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/import_wizard.py" line="448" />
        <source>There is nothing to import in this mode.</source>
        <translation>ไม่มีข้อมูลที่จะนำเข้าด้วยวิธีนี้</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/import_wizard.py" line="459" />
        <source>Importing {0} rows…</source>
        <translation>กำลังนำเข้า {0} แถว…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/import_wizard.py" line="468" />
        <source>The import was cancelled: nothing was imported.</source>
        <translation>ยกเลิกการนำเข้าแล้ว ไม่มีข้อมูลใดถูกนำเข้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/import_wizard.py" line="470" />
        <source>Rows had errors: nothing was imported.</source>
        <translation>มีแถวที่ผิดพลาด จึงไม่ได้นำเข้าข้อมูลใดเลย</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/import_wizard.py" line="484" />
        <source>Cancelling…</source>
        <translation>กำลังยกเลิก…</translation>
    </message>
</context>
<context>
    <name>ListsDialog</name>
    <message>
        <location filename="../../salesapp/ui/admin/_list_texts.py" line="18" />
        <source>Tags</source>
        <translation>แท็ก</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_list_texts.py" line="19" />
        <source>Segments</source>
        <translation>กลุ่มลูกค้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_list_texts.py" line="20" />
        <source>Customer pools</source>
        <translation>คลังลูกค้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_list_texts.py" line="21" />
        <source>Sales channels</source>
        <translation>ช่องทางการขาย</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_list_texts.py" line="22" />
        <source>Customer sources</source>
        <translation>แหล่งที่มาของลูกค้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_list_texts.py" line="23" />
        <source>Carriers and delivery</source>
        <translation>ขนส่งและการจัดส่ง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_list_texts.py" line="24" />
        <source>Upsell: failure reasons</source>
        <translation>อัพเซล: เหตุผลที่ไม่สำเร็จ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_list_texts.py" line="25" />
        <source>Upsell: skip reasons</source>
        <translation>อัพเซล: เหตุผลที่ข้าม</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_list_texts.py" line="26" />
        <source>Opportunities: lost reasons</source>
        <translation>โอกาสทางการขาย: เหตุผลที่ไม่สำเร็จ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_list_texts.py" line="29" />
        <location filename="../../salesapp/ui/admin/_list_texts.py" line="31" />
        <location filename="../../salesapp/ui/admin/_list_texts.py" line="33" />
        <source>Customers</source>
        <translation>ลูกค้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_list_texts.py" line="30" />
        <source>Customers now</source>
        <translation>ลูกค้าตอนนี้</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_list_texts.py" line="32" />
        <source>Customers and orders</source>
        <translation>ลูกค้าและคำสั่งซื้อ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_list_texts.py" line="34" />
        <source>Orders</source>
        <translation>คำสั่งซื้อ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_list_texts.py" line="35" />
        <source>Failed cases</source>
        <translation>รายการที่ไม่สำเร็จ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_list_texts.py" line="36" />
        <source>Skipped cases</source>
        <translation>รายการที่ข้าม</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_list_texts.py" line="37" />
        <source>Lost opportunities</source>
        <translation>โอกาสที่ไม่สำเร็จ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_list_texts.py" line="39" />
        <source>Renaming or merging a reason changes it on the records closed with it. Deleting one only stops offering it: those records keep it.</source>
        <translation>การเปลี่ยนชื่อหรือรวมเหตุผลจะเปลี่ยนในรายการที่ปิดด้วยเหตุผลนั้นด้วย การลบเป็นเพียงการเลิกแสดงให้เลือก: รายการเดิมยังคงเหตุผลนั้นไว้</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_list_texts.py" line="45" />
        <source>Renaming a tag renames it on every customer. Deleting it takes it off its customers.</source>
        <translation>การเปลี่ยนชื่อแท็กจะเปลี่ยนในลูกค้าทุกคน การลบแท็กจะเอาแท็กออกจากลูกค้าที่มีแท็กนั้น</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_list_texts.py" line="48" />
        <source>A segment is a saved filter: renaming, sharing or deleting it changes no customer. ★ shared with everyone.</source>
        <translation>กลุ่มลูกค้าคือตัวกรองที่บันทึกไว้: การเปลี่ยนชื่อ แชร์ หรือลบ ไม่เปลี่ยนข้อมูลลูกค้าใด ๆ ★ คือแชร์กับทุกคน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_list_texts.py" line="53" />
        <source>Customers without a salesperson wait in a pool. Deleting a pool moves its customers to the main pool, which cannot be deleted.</source>
        <translation>ลูกค้าที่ยังไม่มีพนักงานขายรออยู่ในคลังลูกค้า การลบคลังจะย้ายลูกค้าในคลังไปที่คลังหลัก ซึ่งลบไม่ได้</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_list_texts.py" line="58" />
        <source>Hide the channels the shop does not use: they are no longer offered for new customers. Customers and orders keep theirs.</source>
        <translation>ซ่อนช่องทางที่ร้านไม่ได้ใช้: จะไม่แสดงให้เลือกสำหรับลูกค้าใหม่ ลูกค้าและคำสั่งซื้อเดิมยังคงช่องทางของตนไว้</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_list_texts.py" line="63" />
        <source>Renaming or merging a source changes it on its customers. Deleting it clears it from them.</source>
        <translation>การเปลี่ยนชื่อหรือรวมแหล่งที่มาจะเปลี่ยนในลูกค้าที่มาจากแหล่งนั้น การลบจะล้างแหล่งที่มานั้นออกจากลูกค้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_list_texts.py" line="67" />
        <source>Renaming or merging changes the orders packed with it. Deleting only stops offering it: the orders keep it.</source>
        <translation>การเปลี่ยนชื่อหรือรวมจะเปลี่ยนในคำสั่งซื้อที่แพ็กด้วยขนส่งนั้น การลบเป็นเพียงการเลิกแสดงให้เลือก: คำสั่งซื้อเดิมยังคงไว้</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_list_texts.py" line="77" />
        <source>“{0}” is on {1} customers. Delete it and take it off them?</source>
        <translation>ลูกค้า {1} รายมีแท็ก “{0}” ลบแท็กนี้และเอาออกจากลูกค้าเหล่านั้นหรือไม่</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_list_texts.py" line="78" />
        <source>Delete the segment “{0}”? It matches {1} customers; none of them changes.</source>
        <translation>ลบกลุ่มลูกค้า “{0}” หรือไม่ กลุ่มนี้ตรงกับลูกค้า {1} ราย ซึ่งจะไม่มีการเปลี่ยนแปลงใด ๆ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_list_texts.py" line="81" />
        <source>{1} customers wait in “{0}”. Delete the pool and move them to “{2}”?</source>
        <translation>มีลูกค้า {1} รายรออยู่ใน “{0}” ลบคลังนี้และย้ายลูกค้าไปที่ “{2}” หรือไม่</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_list_texts.py" line="82" />
        <source>{1} customers came from “{0}”. Delete it and clear it from them?</source>
        <translation>ลูกค้า {1} รายมาจาก “{0}” ลบแหล่งที่มานี้และล้างออกจากลูกค้าเหล่านั้นหรือไม่</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_list_texts.py" line="83" />
        <source>{1} orders were packed with “{0}”. Delete it from the list? They keep it.</source>
        <translation>คำสั่งซื้อ {1} รายการแพ็กด้วย “{0}” ลบออกจากรายการหรือไม่ คำสั่งซื้อเหล่านั้นยังคงไว้</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_list_texts.py" line="86" />
        <source>{1} cases failed for “{0}”. Delete it from the list? They keep it.</source>
        <translation>มี {1} รายการที่ไม่สำเร็จด้วยเหตุผล “{0}” ลบออกจากรายการหรือไม่ รายการเหล่านั้นยังคงไว้</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_list_texts.py" line="89" />
        <source>{1} cases were skipped for “{0}”. Delete it from the list? They keep it.</source>
        <translation>มี {1} รายการที่ข้ามด้วยเหตุผล “{0}” ลบออกจากรายการหรือไม่ รายการเหล่านั้นยังคงไว้</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_list_texts.py" line="92" />
        <source>{1} opportunities were lost for “{0}”. Delete it from the list? They keep it.</source>
        <translation>มีโอกาสทางการขาย {1} รายการที่ไม่สำเร็จด้วยเหตุผล “{0}” ลบออกจากรายการหรือไม่ รายการเหล่านั้นยังคงไว้</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_list_texts.py" line="96" />
        <source>Delete “{0}”? Nothing uses it.</source>
        <translation>ลบ “{0}” หรือไม่ ไม่มีรายการใดใช้อยู่</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_list_texts.py" line="97" />
        <source>{1} customers and orders came through “{0}”. Hide it? They keep it; it is no longer offered for new customers.</source>
        <translation>ลูกค้าและคำสั่งซื้อ {1} รายการมาทาง “{0}” ซ่อนช่องทางนี้หรือไม่ รายการเดิมยังคงไว้ แต่จะไม่แสดงให้เลือกสำหรับลูกค้าใหม่</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_list_texts.py" line="102" />
        <source>Merge “{0}” into “{1}”? {2} records change, and “{0}” leaves the list.</source>
        <translation>รวม “{0}” เข้ากับ “{1}” หรือไม่ จะมีการเปลี่ยน {2} รายการ และ “{0}” จะออกจากรายการ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_list_texts.py" line="137" />
        <source>★ Shared</source>
        <translation>★ แชร์</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_list_texts.py" line="138" />
        <source>Own</source>
        <translation>ของฉัน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_list_texts.py" line="139" />
        <source>Offered</source>
        <translation>ใช้อยู่</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_list_texts.py" line="140" />
        <source>Hidden</source>
        <translation>ซ่อนอยู่</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_list_texts.py" line="141" />
        <source>Main pool: cannot be deleted</source>
        <translation>คลังหลัก: ลบไม่ได้</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_list_texts.py" line="142" />
        <source>No longer offered</source>
        <translation>เลิกใช้แล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/lists_dialog.py" line="73" />
        <source>Lists</source>
        <translation>รายการ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/lists_dialog.py" line="97" />
        <location filename="../../salesapp/ui/admin/lists_dialog.py" line="171" />
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/lists_dialog.py" line="98" />
        <source>Add</source>
        <translation>เพิ่ม</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/lists_dialog.py" line="100" />
        <source>Rename</source>
        <translation>เปลี่ยนชื่อ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/lists_dialog.py" line="106" />
        <source>Merge into:</source>
        <translation>รวมเข้ากับ:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/lists_dialog.py" line="110" />
        <source>Merge…</source>
        <translation>รวม…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/lists_dialog.py" line="116" />
        <source>Delete…</source>
        <translation>ลบ…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/lists_dialog.py" line="171" />
        <source>State</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/lists_dialog.py" line="251" />
        <source>Keep as my own</source>
        <translation>เก็บไว้ใช้เอง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/lists_dialog.py" line="251" />
        <location filename="../../salesapp/ui/admin/lists_dialog.py" line="267" />
        <source>Share with everyone</source>
        <translation>แชร์กับทุกคน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/lists_dialog.py" line="254" />
        <location filename="../../salesapp/ui/admin/lists_dialog.py" line="268" />
        <source>Hide…</source>
        <translation>ซ่อน…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/lists_dialog.py" line="254" />
        <source>Offer again</source>
        <translation>กลับมาใช้</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/lists_dialog.py" line="293" />
        <source>Saving…</source>
        <translation>กำลังบันทึก…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/lists_dialog.py" line="308" />
        <source>Added.</source>
        <translation>เพิ่มแล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/lists_dialog.py" line="317" />
        <source>Renamed.</source>
        <translation>เปลี่ยนชื่อแล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/lists_dialog.py" line="344" />
        <source>Merged: {0} records changed.</source>
        <translation>รวมแล้ว: เปลี่ยน {0} รายการ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/lists_dialog.py" line="370" />
        <source>Deleted.</source>
        <translation>ลบแล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/lists_dialog.py" line="382" />
        <location filename="../../salesapp/ui/admin/lists_dialog.py" line="395" />
        <source>Saved.</source>
        <translation>บันทึกแล้ว</translation>
    </message>
</context>
<context>
    <name>LoseDialog</name>
    <message>
        <location filename="../../salesapp/ui/opportunities/opportunity_dialog.py" line="287" />
        <location filename="../../salesapp/ui/opportunities/opportunity_dialog.py" line="297" />
        <source>Close as lost</source>
        <translation>ปิดการขายไม่สำเร็จ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/opportunity_dialog.py" line="289" />
        <source>Why was “{0}” lost?</source>
        <translation>ทำไม “{0}” จึงปิดการขายไม่สำเร็จ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/opportunity_dialog.py" line="312" />
        <source>Choose a reason…</source>
        <translation>เลือกเหตุผล…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/opportunity_dialog.py" line="331" />
        <source>Choose why the opportunity was lost.</source>
        <translation>กรุณาเลือกเหตุผลที่ปิดการขายไม่สำเร็จ</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../salesapp/app.py" line="145" />
        <location filename="../../salesapp/ui/mainwindow/main_window.py" line="114" />
        <location filename="../../salesapp/ui/mainwindow/main_window.py" line="181" />
        <source>salesapp</source>
        <translation>salesapp</translation>
    </message>
    <message>
        <location filename="../../salesapp/app.py" line="294" />
        <source>Choose your own password to start working.</source>
        <translation>ตั้งรหัสผ่านของคุณเองก่อนจึงจะเริ่มทำงานได้</translation>
    </message>
    <message>
        <location filename="../../salesapp/app.py" line="304" />
        <source>Your password is changed.</source>
        <translation>เปลี่ยนรหัสผ่านแล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/app.py" line="411" />
        <source>Connection to the server is back.</source>
        <translation>เชื่อมต่อกับเซิร์ฟเวอร์ได้อีกครั้งแล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/app.py" line="413" />
        <source>Connection to the server lost: reconnecting…</source>
        <translation>การเชื่อมต่อกับเซิร์ฟเวอร์ขาดหาย กำลังเชื่อมต่อใหม่…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/main_window.py" line="36" />
        <source>Follow-up</source>
        <translation>ติดตาม</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/main_window.py" line="37" />
        <source>Orders, call-back requests and payment notices to follow up until they close, with today's and overdue items first.</source>
        <translation>คำสั่งซื้อ รายการติดต่อกลับ และรายการแจ้งโอนเงินที่ต้องติดตามจนกว่าจะปิดงาน โดยแสดงรายการของวันนี้และรายการที่เลยกำหนดไว้ก่อน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/main_window.py" line="45" />
        <source>Orders</source>
        <translation>คำสั่งซื้อ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/main_window.py" line="46" />
        <source>Every order with its lines, totals, payment and shipping status.</source>
        <translation>คำสั่งซื้อทั้งหมด พร้อมรายการสินค้า ยอดรวม สถานะการชำระเงินและการจัดส่ง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/main_window.py" line="50" />
        <source>Customers</source>
        <translation>ลูกค้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/main_window.py" line="51" />
        <source>One profile per customer, filled from chat messages, tagged and handed over fairly between staff.</source>
        <translation>ลูกค้าหนึ่งรายมีหนึ่งโปรไฟล์ กรอกข้อมูลจากข้อความแชท ติดแท็ก และแบ่งให้พนักงานอย่างเป็นธรรม</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/main_window.py" line="59" />
        <source>Upsell</source>
        <translation>อัพเซล</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/main_window.py" line="60" />
        <source>Fresh orders to call before they ship, shared fairly between telesales staff.</source>
        <translation>คำสั่งซื้อใหม่ที่ต้องโทรหาลูกค้าก่อนจัดส่ง แบ่งให้พนักงานเทเลเซลส์อย่างเป็นธรรม</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/main_window.py" line="66" />
        <source>Opportunities</source>
        <translation>โอกาสทางการขาย</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/main_window.py" line="67" />
        <source>Possible sales moving through the pipeline stages, with their win probability.</source>
        <translation>โอกาสการขายที่กำลังผ่านแต่ละขั้นของไปป์ไลน์ พร้อมความน่าจะเป็นที่จะปิดการขายได้</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/main_window.py" line="73" />
        <source>Products</source>
        <translation>สินค้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/main_window.py" line="74" />
        <source>The product catalogue: units, prices and categories, imported or typed.</source>
        <translation>แคตตาล็อกสินค้า: หน่วย ราคา และหมวดหมู่ พิมพ์เองหรือนำเข้าจากไฟล์</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/main_window.py" line="78" />
        <source>Reports</source>
        <translation>รายงาน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/main_window.py" line="79" />
        <source>Follow-up, upsell and pipeline figures per staff member and period.</source>
        <translation>ตัวเลขการติดตาม อัพเซล และไปป์ไลน์ แยกตามพนักงานและช่วงเวลา</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/main_window.py" line="81" />
        <source>Settings</source>
        <translation>ตั้งค่า</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/main_window.py" line="142" />
        <source>Local database file</source>
        <translation>ไฟล์ฐานข้อมูลในเครื่องนี้</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/main_window.py" line="142" />
        <source>Shared PostgreSQL server</source>
        <translation>เซิร์ฟเวอร์ PostgreSQL ที่ใช้ร่วมกัน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/main_window.py" line="146" />
        <source>Signed in as {0} ({1})</source>
        <translation>เข้าสู่ระบบในชื่อ {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/main_window.py" line="181" />
        <source>{0} — salesapp</source>
        <translation>{0} — salesapp</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/main_window.py" line="197" />
        <source>&amp;File</source>
        <translation>ไฟล์(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/main_window.py" line="198" />
        <source>&amp;New…</source>
        <translation>สร้าง&amp;ใหม่…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/main_window.py" line="203" />
        <source>&amp;Back up now…</source>
        <translation>สำรองข้อมูลตอนนี้(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/main_window.py" line="204" />
        <source>&amp;Restore…</source>
        <translation>กู้คืนข้อมูล(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/main_window.py" line="205" />
        <source>&amp;Move to a file on this computer…</source>
        <translation>ย้ายมาเป็นไฟล์บนเครื่องนี้(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/main_window.py" line="205" />
        <source>&amp;Move to a server…</source>
        <translation>ย้ายไปยังเซิร์ฟเวอร์(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/main_window.py" line="211" />
        <source>&amp;Change my password…</source>
        <translation>เ&amp;ปลี่ยนรหัสผ่านของฉัน…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/main_window.py" line="213" />
        <source>Sign &amp;out</source>
        <translation>ออกจากระบบ(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/main_window.py" line="216" />
        <source>&amp;Quit</source>
        <translation>ปิดโปรแกรม(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/main_window.py" line="220" />
        <source>&amp;View</source>
        <translation>มุมมอง(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/main_window.py" line="227" />
        <source>&amp;Search</source>
        <translation>&amp;ค้นหา</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/main_window.py" line="230" />
        <source>&amp;Refresh</source>
        <translation>รีเฟรช(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/main_window.py" line="234" />
        <source>&amp;Preferences</source>
        <translation>การตั้งค่า(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/main_window.py" line="239" />
        <source>&amp;Help</source>
        <translation>ช่วยเหลือ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/main_window.py" line="240" />
        <source>&amp;Help for this section</source>
        <translation>&amp;ช่วยเหลือสำหรับส่วนนี้</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/main_window.py" line="243" />
        <source>&amp;About salesapp</source>
        <translation>เกี่ยวกับ salesapp(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/main_window.py" line="256" />
        <source>Nothing can be created in this section.</source>
        <translation>ส่วนนี้ไม่มีรายการให้สร้างใหม่</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/main_window.py" line="332" />
        <source>Administrator</source>
        <translation>ผู้ดูแลระบบ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/main_window.py" line="333" />
        <source>Manager</source>
        <translation>ผู้จัดการ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/main_window.py" line="334" />
        <source>Sales</source>
        <translation>พนักงานขาย</translation>
    </message>
</context>
<context>
    <name>MatchDialog</name>
    <message>
        <location filename="../../salesapp/ui/followup/_intake_dialogs.py" line="163" />
        <source>Match payment notice {0}</source>
        <translation>จับคู่รายการแจ้งโอนเงิน {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_intake_dialogs.py" line="166" />
        <source>{0} transferred {1} from {2}.</source>
        <translation>{0} โอนเงิน {1} จาก {2}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_intake_dialogs.py" line="175" />
        <source>Order</source>
        <translation>คำสั่งซื้อ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_intake_dialogs.py" line="176" />
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_intake_dialogs.py" line="177" />
        <source>Customer</source>
        <translation>ลูกค้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_intake_dialogs.py" line="178" />
        <source>Total</source>
        <translation>ยอดรวม</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_intake_dialogs.py" line="179" />
        <source>Why suggested</source>
        <translation>เหตุผลที่แนะนำ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_intake_dialogs.py" line="185" />
        <source>Looking for orders…</source>
        <translation>กำลังค้นหาคำสั่งซื้อ…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_intake_dialogs.py" line="187" />
        <source>Match</source>
        <translation>จับคู่</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_intake_dialogs.py" line="207" />
        <source>order number given</source>
        <translation>เลขที่คำสั่งซื้อตรงกับที่แจ้ง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_intake_dialogs.py" line="208" />
        <source>same amount</source>
        <translation>ยอดเงินตรงกัน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_intake_dialogs.py" line="209" />
        <source>same customer</source>
        <translation>ลูกค้าคนเดียวกัน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_intake_dialogs.py" line="212" />
        <source>same phone</source>
        <translation>เบอร์โทรตรงกัน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_intake_dialogs.py" line="223" />
        <source>No orders of this customer were found.</source>
        <translation>ไม่พบคำสั่งซื้อของลูกค้ารายนี้</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../salesapp/ui/customers/_duplicates_dialog.py" line="70" />
        <source>Merge two customers</source>
        <translation>รวมลูกค้าสองราย</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_duplicates_dialog.py" line="77" />
        <source>Keep this customer</source>
        <translation>เก็บลูกค้ารายนี้ไว้</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_duplicates_dialog.py" line="83" />
        <source>Name:</source>
        <translation>ชื่อ:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_duplicates_dialog.py" line="84" />
        <source>Phones:</source>
        <translation>เบอร์โทร:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_duplicates_dialog.py" line="85" />
        <source>E-mail:</source>
        <translation>อีเมล:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_duplicates_dialog.py" line="86" />
        <source>Address:</source>
        <translation>ที่อยู่:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_duplicates_dialog.py" line="87" />
        <source>Salesperson:</source>
        <translation>พนักงานขาย:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_duplicates_dialog.py" line="87" />
        <source>(pool)</source>
        <translation>(คลังลูกค้า)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_duplicates_dialog.py" line="88" />
        <source>Added:</source>
        <translation>วันที่เพิ่ม:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_duplicates_dialog.py" line="89" />
        <source>Orders:</source>
        <translation>คำสั่งซื้อ:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_duplicates_dialog.py" line="105" />
        <source>The customer you do not keep is removed: its orders, notes, appointments and history move to the one you keep, and its phone, e-mail and address fill the kept one's empty fields. You can undo the merge afterwards.</source>
        <translation>ลูกค้ารายที่ไม่ได้เก็บไว้จะถูกลบ คำสั่งซื้อ บันทึก นัดหมาย และประวัติจะย้ายไปยังรายที่เก็บไว้ ส่วนเบอร์โทร อีเมล และที่อยู่จะใช้เติมช่องที่ว่างอยู่ของรายที่เก็บไว้ สามารถยกเลิกการรวมได้ภายหลัง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_duplicates_dialog.py" line="113" />
        <source>Merge</source>
        <translation>รวม</translation>
    </message>
</context>
<context>
    <name>Messaging</name>
    <message>
        <location filename="../../salesapp/ui/messaging/labels.py" line="10" />
        <source>queued</source>
        <translation>รอส่ง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/labels.py" line="11" />
        <source>sending…</source>
        <translation>กำลังส่ง…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/labels.py" line="12" />
        <source>sent</source>
        <translation>ส่งแล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/labels.py" line="13" />
        <source>failed</source>
        <translation>ส่งไม่สำเร็จ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/labels.py" line="14" />
        <source>cancelled</source>
        <translation>ยกเลิกแล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/labels.py" line="15" />
        <source>unknown: check before sending again</source>
        <translation>ไม่ทราบผล: ตรวจสอบก่อนส่งซ้ำ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/labels.py" line="18" />
        <source>E-mail</source>
        <translation>อีเมล</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/labels.py" line="19" />
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/labels.py" line="20" />
        <source>LINE</source>
        <translation>LINE</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/labels.py" line="23" />
        <source>eSMS.vn</source>
        <translation>eSMS.vn</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/labels.py" line="24" />
        <source>SpeedSMS.vn</source>
        <translation>SpeedSMS.vn</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/labels.py" line="25" />
        <source>Other gateway (HTTP)</source>
        <translation>ผู้ให้บริการอื่น (HTTP)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/labels.py" line="28" />
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/labels.py" line="29" />
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/labels.py" line="30" />
        <source>None (local server only)</source>
        <translation>ไม่เข้ารหัส (เฉพาะเซิร์ฟเวอร์ภายใน)</translation>
    </message>
</context>
<context>
    <name>MessagingAccountsDialog</name>
    <message>
        <location filename="../../salesapp/ui/messaging/accounts_dialog.py" line="57" />
        <source>Messaging accounts</source>
        <translation>บัญชีส่งข้อความ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/accounts_dialog.py" line="60" />
        <source>E-mail (SMTP)</source>
        <translation>อีเมล (SMTP)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/accounts_dialog.py" line="61" />
        <source>SMS gateway</source>
        <translation>ผู้ให้บริการ SMS</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/accounts_dialog.py" line="62" />
        <source>LINE</source>
        <translation>LINE</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/accounts_dialog.py" line="67" />
        <source>Passwords, API secrets and tokens are kept in this computer's keyring, never in the database: type them on each computer that sends.</source>
        <translation>รหัสผ่าน API secret และโทเค็นเก็บไว้ในที่เก็บรหัสผ่านของเครื่องนี้ ไม่เก็บในฐานข้อมูล จึงต้องพิมพ์ในทุกเครื่องที่ใช้ส่ง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/accounts_dialog.py" line="90" />
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/accounts_dialog.py" line="98" />
        <source>Send a test</source>
        <translation>ส่งทดสอบ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/accounts_dialog.py" line="104" />
        <source>Test to:</source>
        <translation>ส่งทดสอบถึง:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/accounts_dialog.py" line="123" />
        <source>Server:</source>
        <translation>เซิร์ฟเวอร์:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/accounts_dialog.py" line="124" />
        <source>Port:</source>
        <translation>พอร์ต:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/accounts_dialog.py" line="125" />
        <source>Security:</source>
        <translation>การเข้ารหัส:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/accounts_dialog.py" line="126" />
        <source>User name:</source>
        <translation>ชื่อผู้ใช้:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/accounts_dialog.py" line="127" />
        <source>Password:</source>
        <translation>รหัสผ่าน:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/accounts_dialog.py" line="128" />
        <location filename="../../salesapp/ui/messaging/accounts_dialog.py" line="161" />
        <source>Sender name:</source>
        <translation>ชื่อผู้ส่ง:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/accounts_dialog.py" line="129" />
        <source>Sender address:</source>
        <translation>อีเมลผู้ส่ง:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/accounts_dialog.py" line="130" />
        <source>Reply to:</source>
        <translation>ตอบกลับถึง:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/accounts_dialog.py" line="153" />
        <source>{to} the number, {text} the message, {sender} the sender name; in the address too.</source>
        <translation>{to} คือเบอร์โทร {text} คือข้อความ {sender} คือชื่อผู้ส่ง ใช้ในที่อยู่ได้ด้วย</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/accounts_dialog.py" line="157" />
        <source>Gateway:</source>
        <translation>ผู้ให้บริการ:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/accounts_dialog.py" line="158" />
        <source>Address:</source>
        <translation>ที่อยู่ API:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/accounts_dialog.py" line="159" />
        <source>API key:</source>
        <translation>API key:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/accounts_dialog.py" line="160" />
        <source>Secret or token:</source>
        <translation>Secret หรือโทเค็น:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/accounts_dialog.py" line="163" />
        <source>Method:</source>
        <translation>เมธอด:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/accounts_dialog.py" line="164" />
        <source>Content type:</source>
        <translation>ชนิดเนื้อหา:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/accounts_dialog.py" line="165" />
        <source>Body:</source>
        <translation>เนื้อหา:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/accounts_dialog.py" line="177" />
        <source>Send LINE messages from our LINE Official Account</source>
        <translation>ส่งข้อความ LINE จาก LINE Official Account ของร้าน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/accounts_dialog.py" line="181" />
        <source>The channel access token is in the LINE Developers console (Messaging API). A customer is reached by their LINE user id (U…), set on their profile.</source>
        <translation>Channel access token อยู่ใน LINE Developers console (Messaging API) ส่งถึงลูกค้าได้ด้วย LINE user id (U…) ที่ตั้งไว้ในโปรไฟล์ลูกค้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/accounts_dialog.py" line="189" />
        <source>API address:</source>
        <translation>ที่อยู่ API:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/accounts_dialog.py" line="190" />
        <source>Channel access token:</source>
        <translation>Channel access token:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/accounts_dialog.py" line="248" />
        <source>Kept in this computer's keyring; type to replace</source>
        <translation>เก็บไว้ในเครื่องนี้แล้ว พิมพ์ใหม่เพื่อเปลี่ยน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/accounts_dialog.py" line="292" />
        <source>Saved.</source>
        <translation>บันทึกแล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/accounts_dialog.py" line="315" />
        <source>Sending a test…</source>
        <translation>กำลังส่งทดสอบ…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/accounts_dialog.py" line="318" />
        <source>The test was sent to {0}.</source>
        <translation>ส่งทดสอบถึง {0} แล้ว</translation>
    </message>
</context>
<context>
    <name>MessagingBox</name>
    <message>
        <location filename="../../salesapp/ui/messaging/settings_entry.py" line="20" />
        <source>Messaging</source>
        <translation>การส่งข้อความ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/settings_entry.py" line="23" />
        <source>Messaging accounts…</source>
        <translation>บัญชีส่งข้อความ…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/settings_entry.py" line="26" />
        <source>The e-mail server, the SMS gateway and LINE that messages to customers go through.</source>
        <translation>เซิร์ฟเวอร์อีเมล ผู้ให้บริการ SMS และ LINE ที่ใช้ส่งข้อความถึงลูกค้า</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../../salesapp/ui/backup/_move_dialog.py" line="51" />
        <source>Move to a server</source>
        <translation>ย้ายไปยังเซิร์ฟเวอร์</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_move_dialog.py" line="52" />
        <source>Everything in this shop's database is copied into a new, empty database on the office's PostgreSQL server, and this computer then works on the server: other computers connect to it too. The file on this computer is left as it was, and a backup of it is kept in {0}.</source>
        <translation>ข้อมูลทั้งหมดในฐานข้อมูลของร้านจะถูกคัดลอกไปยังฐานข้อมูลใหม่ที่ว่างเปล่าบนเซิร์ฟเวอร์ PostgreSQL ของสำนักงาน จากนั้นเครื่องนี้จะทำงานบนเซิร์ฟเวอร์ และเครื่องอื่น ๆ ก็เชื่อมต่อเข้ามาได้ด้วย ไฟล์บนเครื่องนี้จะคงอยู่เหมือนเดิม และจะเก็บข้อมูลสำรองไว้ที่ {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_move_dialog.py" line="58" />
        <source>Move to a file on this computer</source>
        <translation>ย้ายมาเป็นไฟล์บนเครื่องนี้</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_move_dialog.py" line="59" />
        <source>Everything in the server's database is copied into a new file on this computer, which this computer then works on. Ask everyone to close salesapp first: what they save after the copy starts is not moved. The server's database is left as it was, and a backup is kept in {0}.</source>
        <translation>ข้อมูลทั้งหมดในฐานข้อมูลบนเซิร์ฟเวอร์จะถูกคัดลอกมาเป็นไฟล์ใหม่บนเครื่องนี้ แล้วเครื่องนี้จะทำงานบนไฟล์นั้น กรุณาให้ทุกคนปิด salesapp ก่อน เพราะสิ่งที่บันทึกหลังจากเริ่มคัดลอกจะไม่ถูกย้ายมา ฐานข้อมูลบนเซิร์ฟเวอร์จะคงอยู่เหมือนเดิม และจะเก็บข้อมูลสำรองไว้ที่ {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_move_dialog.py" line="68" />
        <source>Browse…</source>
        <translation>เลือก…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_move_dialog.py" line="76" />
        <source>New database file:</source>
        <translation>ไฟล์ฐานข้อมูลใหม่:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_move_dialog.py" line="85" />
        <source>Move</source>
        <translation>ย้าย</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_move_dialog.py" line="100" />
        <source>New database file</source>
        <translation>ไฟล์ฐานข้อมูลใหม่</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_move_dialog.py" line="102" />
        <source>salesapp database (*.sqlite3)</source>
        <translation>ฐานข้อมูล salesapp (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_move_dialog.py" line="109" />
        <source>Choose a new file for the database.</source>
        <translation>กรุณาเลือกไฟล์ใหม่สำหรับฐานข้อมูล</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_move_dialog.py" line="135" />
        <source>Moved: {0} rows are now in {1}. This computer now works on it: sign in again.</source>
        <translation>ย้ายเรียบร้อย: ตอนนี้ข้อมูล {0} แถวอยู่ใน {1} แล้ว เครื่องนี้จะทำงานบนฐานข้อมูลนั้น กรุณาเข้าสู่ระบบอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_move_dialog.py" line="144" />
        <source>Cancelled: nothing was moved.</source>
        <translation>ยกเลิกแล้ว ไม่ได้ย้ายอะไร</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_move_dialog.py" line="149" />
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_move_dialog.py" line="149" />
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
</context>
<context>
    <name>NoteCard</name>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_notes.py" line="70" />
        <source>Pinned</source>
        <translation>ปักหมุดแล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_notes.py" line="75" />
        <location filename="../../salesapp/ui/upsell/_upsell_notes.py" line="113" />
        <source>Unpin</source>
        <translation>เลิกปักหมุด</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_notes.py" line="75" />
        <location filename="../../salesapp/ui/upsell/_upsell_notes.py" line="113" />
        <source>Pin to top</source>
        <translation>ปักหมุดไว้ด้านบน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_notes.py" line="80" />
        <source>Delete…</source>
        <translation>ลบ…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_notes.py" line="84" />
        <source>Delete this note (the history keeps a record of it)</source>
        <translation>ลบโน้ตนี้ (ประวัติการทำรายการจะยังเก็บบันทึกไว้)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_notes.py" line="86" />
        <source>Only the note's author or a manager can delete it.</source>
        <translation>เฉพาะผู้เขียนโน้ตหรือผู้จัดการเท่านั้นที่ลบได้</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_notes.py" line="116" />
        <source>Delete note…</source>
        <translation>ลบโน้ต…</translation>
    </message>
</context>
<context>
    <name>Opportunities</name>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_labels.py" line="25" />
        <source>Open</source>
        <translation>เปิดอยู่</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_labels.py" line="26" />
        <location filename="../../salesapp/ui/opportunities/_opportunity_labels.py" line="47" />
        <source>Won</source>
        <translation>ปิดการขายสำเร็จ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_labels.py" line="27" />
        <location filename="../../salesapp/ui/opportunities/_opportunity_labels.py" line="48" />
        <source>Lost</source>
        <translation>ปิดการขายไม่สำเร็จ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_labels.py" line="30" />
        <source>Longest without activity first</source>
        <translation>ไม่มีความเคลื่อนไหวนานที่สุดก่อน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_labels.py" line="31" />
        <source>Closing soonest first</source>
        <translation>ใกล้ปิดการขายที่สุดก่อน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_labels.py" line="32" />
        <source>Largest amount first</source>
        <translation>มูลค่าสูงสุดก่อน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_labels.py" line="33" />
        <source>Newest first</source>
        <translation>ล่าสุดก่อน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_labels.py" line="36" />
        <source>Note</source>
        <translation>โน้ต</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_labels.py" line="37" />
        <source>Call</source>
        <translation>โทร</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_labels.py" line="42" />
        <source>Interested</source>
        <translation>สนใจ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_labels.py" line="43" />
        <source>Presented</source>
        <translation>นำเสนอแล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_labels.py" line="44" />
        <source>Quotation sent</source>
        <translation>ส่งใบเสนอราคา</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_labels.py" line="45" />
        <source>Considering</source>
        <translation>พิจารณา/เปรียบเทียบ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_labels.py" line="46" />
        <source>Negotiating</source>
        <translation>ต่อรอง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_labels.py" line="49" />
        <source>Price too high</source>
        <translation>ราคาสูงเกินไป</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_labels.py" line="50" />
        <source>Bought from a competitor</source>
        <translation>ซื้อจากร้านอื่นแล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_labels.py" line="51" />
        <source>No budget</source>
        <translation>ไม่มีงบประมาณ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_labels.py" line="52" />
        <source>Not needed any more</source>
        <translation>ไม่ต้องการแล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_labels.py" line="53" />
        <source>No reply from the customer</source>
        <translation>ติดต่อลูกค้าไม่ได้</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_labels.py" line="54" />
        <source>Bad timing</source>
        <translation>ยังไม่ถึงเวลา</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_labels.py" line="62" />
        <source>All</source>
        <translation>ทั้งหมด</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_labels.py" line="83" />
        <source>{0} · {1}%</source>
        <translation>{0} · {1}%</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_labels.py" line="94" />
        <source>{0} d {1} h</source>
        <translation>{0} วัน {1} ชม.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_labels.py" line="96" />
        <source>{0} h {1} min</source>
        <translation>{0} ชม. {1} นาที</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_labels.py" line="97" />
        <source>{0} min</source>
        <translation>{0} นาที</translation>
    </message>
</context>
<context>
    <name>OpportunitiesView</name>
    <message>
        <location filename="../../salesapp/ui/opportunities/opportunities_view.py" line="128" />
        <source>Board</source>
        <translation>บอร์ด</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/opportunities_view.py" line="128" />
        <source>List</source>
        <translation>รายการ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/opportunities_view.py" line="128" />
        <source>Pipeline</source>
        <translation>ไปป์ไลน์การขาย</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/opportunities_view.py" line="130" />
        <source>Search title, product, customer or salesperson</source>
        <translation>ค้นหาหัวข้อ สินค้า ลูกค้า หรือพนักงานขาย</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/opportunities_view.py" line="133" />
        <source>Everyone</source>
        <translation>ทุกคน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/opportunities_view.py" line="134" />
        <source>Whose opportunities</source>
        <translation>โอกาสทางการขายของใคร</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/opportunities_view.py" line="135" />
        <source>Stale only</source>
        <translation>เฉพาะที่ไม่มีความเคลื่อนไหว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/opportunities_view.py" line="136" />
        <source>Only opportunities idle longer than their stage allows</source>
        <translation>เฉพาะโอกาสทางการขายที่ไม่มีความเคลื่อนไหวนานเกินกว่าที่ขั้นตอนกำหนด</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/opportunities_view.py" line="140" />
        <source>Order of the list</source>
        <translation>การเรียงลำดับรายการ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/opportunities_view.py" line="141" />
        <source>New opportunity…</source>
        <translation>โอกาสทางการขายใหม่…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/opportunities_view.py" line="142" />
        <source>Stages…</source>
        <translation>ขั้นตอน…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/opportunities_view.py" line="143" />
        <source>Stages, probabilities, idle limits and lost reasons</source>
        <translation>ขั้นตอน โอกาสสำเร็จ จำนวนวันที่ไม่มีความเคลื่อนไหวได้ และเหตุผลที่ไม่สำเร็จ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/opportunities_view.py" line="213" />
        <source>Stale: no activity for {0} days (the stage allows {1}).</source>
        <translation>ไม่มีความเคลื่อนไหวมา {0} วัน (ขั้นตอนนี้กำหนดไว้ {1} วัน)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/opportunities_view.py" line="221" />
        <source>Stage</source>
        <translation>ขั้นตอน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/opportunities_view.py" line="222" />
        <source>Title</source>
        <translation>หัวข้อ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/opportunities_view.py" line="223" />
        <source>Customer</source>
        <translation>ลูกค้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/opportunities_view.py" line="224" />
        <source>Amount</source>
        <translation>มูลค่า</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/opportunities_view.py" line="226" />
        <source>Weighted</source>
        <translation>ยอดคาดการณ์</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/opportunities_view.py" line="228" />
        <source>Close</source>
        <translation>คาดว่าปิด</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/opportunities_view.py" line="229" />
        <source>Salesperson</source>
        <translation>พนักงานขาย</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/opportunities_view.py" line="230" />
        <source>Last activity</source>
        <translation>ความเคลื่อนไหวล่าสุด</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/opportunities_view.py" line="366" />
        <source>{0} opportunities found</source>
        <translation>พบโอกาสทางการขาย {0} รายการ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/opportunities_view.py" line="368" />
        <source>The first {0} opportunities found; type more to narrow the search</source>
        <translation>แสดง {0} รายการแรกที่พบ พิมพ์เพิ่มเพื่อค้นหาให้แคบลง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/opportunities_view.py" line="372" />
        <source>{0} opportunities</source>
        <translation>โอกาสทางการขาย {0} รายการ</translation>
    </message>
</context>
<context>
    <name>OpportunityActions</name>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_changes.py" line="141" />
        <source>Moved to {0}.</source>
        <translation>ย้ายไปที่ {0} แล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_changes.py" line="162" />
        <source>Closed as won.</source>
        <translation>ปิดการขายสำเร็จแล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_changes.py" line="179" />
        <source>Closed as lost.</source>
        <translation>บันทึกเป็นปิดการขายไม่สำเร็จแล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_changes.py" line="189" />
        <source>Reopened in {0}.</source>
        <translation>เปิดใหม่ในขั้นตอน {0} แล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_changes.py" line="220" />
        <source>“{0}” added in {1}.</source>
        <translation>เพิ่ม “{0}” ในขั้นตอน {1} แล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_changes.py" line="239" />
        <source>Saved.</source>
        <translation>บันทึกแล้ว</translation>
    </message>
</context>
<context>
    <name>OpportunityBoard</name>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_board.py" line="407" />
        <source>Loading the pipeline…</source>
        <translation>กำลังโหลดไปป์ไลน์การขาย…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_board.py" line="417" />
        <source>No open stages: add one in Stages…</source>
        <translation>ไม่มีขั้นตอนที่เปิดอยู่ เพิ่มได้ที่ ขั้นตอน…</translation>
    </message>
</context>
<context>
    <name>OpportunityDialog</name>
    <message>
        <location filename="../../salesapp/ui/opportunities/opportunity_dialog.py" line="72" />
        <source>Edit opportunity</source>
        <translation>แก้ไขโอกาสทางการขาย</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/opportunity_dialog.py" line="72" />
        <source>New opportunity</source>
        <translation>โอกาสทางการขายใหม่</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/opportunity_dialog.py" line="83" />
        <source>Search customers by name or phone</source>
        <translation>ค้นหาลูกค้าด้วยชื่อหรือเบอร์โทร</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/opportunity_dialog.py" line="92" />
        <location filename="../../salesapp/ui/opportunities/opportunity_dialog.py" line="97" />
        <source>Customer:</source>
        <translation>ลูกค้า:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/opportunity_dialog.py" line="93" />
        <source>No customer chosen yet</source>
        <translation>ยังไม่ได้เลือกลูกค้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/opportunity_dialog.py" line="100" />
        <source>What the customer may buy, e.g. “Serum set for the shop”</source>
        <translation>สิ่งที่ลูกค้าอาจซื้อ เช่น “เซรั่มชุดสำหรับร้าน”</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/opportunity_dialog.py" line="115" />
        <source>One product per line</source>
        <translation>บรรทัดละหนึ่งสินค้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/opportunity_dialog.py" line="121" />
        <source>Title:</source>
        <translation>หัวข้อ:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/opportunity_dialog.py" line="122" />
        <source>Expected amount:</source>
        <translation>มูลค่าที่คาดไว้:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/opportunity_dialog.py" line="123" />
        <source>Expected close:</source>
        <translation>คาดว่าจะปิดการขาย:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/opportunity_dialog.py" line="124" />
        <source>Salesperson:</source>
        <translation>พนักงานขาย:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/opportunity_dialog.py" line="125" />
        <source>Products of interest:</source>
        <translation>สินค้าที่สนใจ:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/opportunity_dialog.py" line="126" />
        <source>Notes:</source>
        <translation>หมายเหตุ:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/opportunity_dialog.py" line="162" />
        <source>The customer's salesperson</source>
        <translation>พนักงานขายของลูกค้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/opportunity_dialog.py" line="194" />
        <source>No customer found.</source>
        <translation>ไม่พบลูกค้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/opportunity_dialog.py" line="201" />
        <source>Chosen: {0}</source>
        <translation>เลือกแล้ว: {0}</translation>
    </message>
</context>
<context>
    <name>OpportunityPane</name>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_pane.py" line="97" />
        <source>Move the opportunity to another stage</source>
        <translation>ย้ายโอกาสทางการขายไปขั้นตอนอื่น</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_pane.py" line="102" />
        <source>Stage:</source>
        <translation>ขั้นตอน:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_pane.py" line="120" />
        <source>Won</source>
        <translation>ปิดการขายสำเร็จ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_pane.py" line="121" />
        <source>Close as won: the sale was made</source>
        <translation>ปิดการขายสำเร็จ: ขายได้แล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_pane.py" line="122" />
        <source>Lost…</source>
        <translation>ปิดการขายไม่สำเร็จ…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_pane.py" line="123" />
        <source>Close as lost, with a reason</source>
        <translation>ปิดการขายไม่สำเร็จ พร้อมระบุเหตุผล</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_pane.py" line="124" />
        <source>Reopen</source>
        <translation>เปิดใหม่</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_pane.py" line="125" />
        <source>Edit…</source>
        <translation>แก้ไข…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_pane.py" line="137" />
        <source>Details</source>
        <translation>รายละเอียด</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_pane.py" line="138" />
        <source>Notes and calls</source>
        <translation>โน้ตและการโทร</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_pane.py" line="139" />
        <source>Stage history</source>
        <translation>ประวัติขั้นตอน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_pane.py" line="141" />
        <source>Select an opportunity to see it here.</source>
        <translation>เลือกโอกาสทางการขายเพื่อดูรายละเอียดที่นี่</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_pane.py" line="176" />
        <source>Expected amount:</source>
        <translation>มูลค่าที่คาดไว้:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_pane.py" line="177" />
        <source>Weighted forecast:</source>
        <translation>ยอดคาดการณ์ (ถ่วงน้ำหนัก):</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_pane.py" line="178" />
        <source>Expected close:</source>
        <translation>คาดว่าจะปิดการขาย:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_pane.py" line="179" />
        <source>Salesperson:</source>
        <translation>พนักงานขาย:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_pane.py" line="180" />
        <source>Products of interest:</source>
        <translation>สินค้าที่สนใจ:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_pane.py" line="181" />
        <source>Notes:</source>
        <translation>หมายเหตุ:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_pane.py" line="182" />
        <source>Created:</source>
        <translation>วันที่สร้าง:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_pane.py" line="183" />
        <source>Last activity:</source>
        <translation>ความเคลื่อนไหวล่าสุด:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_pane.py" line="184" />
        <source>Idle limit of the stage:</source>
        <translation>จำนวนวันที่ไม่มีความเคลื่อนไหวได้ของขั้นตอน:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_pane.py" line="198" />
        <source>No notes or calls yet.</source>
        <translation>ยังไม่มีโน้ตหรือการโทร</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_pane.py" line="201" />
        <source>What was said or agreed…</source>
        <translation>คุยอะไรหรือตกลงอะไรกันไว้…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_pane.py" line="202" />
        <source>Add</source>
        <translation>เพิ่ม</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_pane.py" line="217" />
        <source>From</source>
        <translation>จาก</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_pane.py" line="217" />
        <source>To</source>
        <translation>ไปยัง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_pane.py" line="217" />
        <source>When</source>
        <translation>เวลา</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_pane.py" line="217" />
        <source>Time in stage</source>
        <translation>เวลาในขั้นตอน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_pane.py" line="217" />
        <source>Who</source>
        <translation>ผู้ดำเนินการ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_pane.py" line="264" />
        <location filename="../../salesapp/ui/opportunities/_opportunity_pane.py" line="308" />
        <source>No salesperson</source>
        <translation>ไม่มีพนักงานขาย</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_pane.py" line="283" />
        <source>Probability {0}% · weighted forecast {1}</source>
        <translation>โอกาสสำเร็จ {0}% · ยอดคาดการณ์ {1}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_pane.py" line="290" />
        <source>Stale: no activity for {0} days (the stage allows {1}).</source>
        <translation>ไม่มีความเคลื่อนไหวมา {0} วัน (ขั้นตอนนี้กำหนดไว้ {1} วัน)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_pane.py" line="293" />
        <source>Won on {0}</source>
        <translation>ปิดการขายสำเร็จเมื่อ {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_pane.py" line="296" />
        <source>Lost on {0}: {1}</source>
        <translation>ปิดการขายไม่สำเร็จเมื่อ {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_pane.py" line="304" />
        <source>{0} ({1}% of the amount)</source>
        <translation>{0} ({1}% ของมูลค่า)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_pane.py" line="313" />
        <source>{0} days</source>
        <translation>{0} วัน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_pane.py" line="313" />
        <source>No limit</source>
        <translation>ไม่จำกัด</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_pane.py" line="333" />
        <source>(created)</source>
        <translation>(สร้างใหม่)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_pane.py" line="336" />
        <source>{0} so far</source>
        <translation>{0} จนถึงตอนนี้</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_pane.py" line="346" />
        <source>Time per stage: {0}</source>
        <translation>เวลาในแต่ละขั้นตอน: {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_pane.py" line="388" />
        <source>Saved.</source>
        <translation>บันทึกแล้ว</translation>
    </message>
</context>
<context>
    <name>OrderActions</name>
    <message>
        <location filename="../../salesapp/ui/orders/_order_actions.py" line="101" />
        <source>Pack order {0}</source>
        <translation>แพ็คคำสั่งซื้อ {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_actions.py" line="109" />
        <source>Cancel order {0}</source>
        <translation>ยกเลิกคำสั่งซื้อ {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_actions.py" line="110" />
        <source>Why is the order cancelled? The reason stays in its history.</source>
        <translation>ยกเลิกคำสั่งซื้อเพราะอะไร? เหตุผลจะถูกเก็บไว้ในประวัติของคำสั่งซื้อ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_actions.py" line="115" />
        <source>Return of order {0}</source>
        <translation>ตีกลับคำสั่งซื้อ {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_actions.py" line="183" />
        <source>Pack %Ln order(s)</source>
        <translation>แพ็ค %Ln คำสั่งซื้อ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_actions.py" line="193" />
        <source>Cancel %Ln order(s)</source>
        <translation>ยกเลิก %Ln คำสั่งซื้อ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_actions.py" line="194" />
        <source>Why are the orders cancelled? The reason stays in each order's history.</source>
        <translation>ยกเลิกคำสั่งซื้อเหล่านี้เพราะอะไร? เหตุผลจะถูกเก็บไว้ในประวัติของแต่ละคำสั่งซื้อ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_actions.py" line="222" />
        <source>%Ln order(s) changed.</source>
        <translation>เปลี่ยนแล้ว %Ln คำสั่งซื้อ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_actions.py" line="243" />
        <source>%Ln order(s) not changed:</source>
        <translation>ไม่ได้เปลี่ยน %Ln คำสั่งซื้อ:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_actions.py" line="250" />
        <source>… and %Ln more.</source>
        <translation>… และอีก %Ln รายการ</translation>
    </message>
</context>
<context>
    <name>OrderPane</name>
    <message>
        <location filename="../../salesapp/ui/orders/_order_pane.py" line="96" />
        <source>Select an order to see it here.</source>
        <translation>เลือกคำสั่งซื้อเพื่อดูรายละเอียดที่นี่</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_pane.py" line="129" />
        <source>Customer and delivery</source>
        <translation>ลูกค้าและการจัดส่ง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_pane.py" line="130" />
        <source>Shipping</source>
        <translation>การจัดส่ง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_pane.py" line="131" />
        <source>Lines</source>
        <translation>รายการสินค้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_pane.py" line="139" />
        <source>Upsell</source>
        <translation>อัพเซล</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_pane.py" line="140" />
        <source>Follow-up notes</source>
        <translation>โน๊ตการติดตาม</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_pane.py" line="145" />
        <source>History</source>
        <translation>ประวัติการทำรายการ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_pane.py" line="177" />
        <source>Each step applies to every selected order it fits; the others are listed with the reason.</source>
        <translation>แต่ละขั้นตอนจะใช้กับคำสั่งซื้อที่เลือกซึ่งทำได้ ส่วนที่ทำไม่ได้จะแสดงพร้อมเหตุผล</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_pane.py" line="202" />
        <source>%Ln order(s) selected</source>
        <translation>เลือกแล้ว %Ln คำสั่งซื้อ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_pane.py" line="220" />
        <source>Order {0}</source>
        <translation>คำสั่งซื้อ {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_pane.py" line="223" />
        <source>In the upsell queue: it can be packed once the upsell call is finished or skipped.</source>
        <translation>อยู่ในคิวอัพเซล: แพ็คได้เมื่ออัพเซลเสร็จหรือกดข้ามแล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_pane.py" line="231" />
        <source>Customer</source>
        <translation>ลูกค้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_pane.py" line="232" />
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_pane.py" line="233" />
        <source>Delivery address</source>
        <translation>ที่อยู่จัดส่ง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_pane.py" line="234" />
        <source>Salesperson</source>
        <translation>พนักงานขาย</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_pane.py" line="235" />
        <source>Ordered</source>
        <translation>วันที่สั่งซื้อ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_pane.py" line="236" />
        <source>Payment</source>
        <translation>การชำระเงิน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_pane.py" line="237" />
        <source>Bill note</source>
        <translation>หมายเหตุบิล</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_pane.py" line="242" />
        <source>Confirmed</source>
        <translation>ยืนยันเมื่อ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_pane.py" line="243" />
        <source>Carrier</source>
        <translation>ขนส่ง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_pane.py" line="244" />
        <source>Tracking number</source>
        <translation>เลขพัสดุ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_pane.py" line="246" />
        <source>Packing date</source>
        <translation>วันที่แพ็ค</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_pane.py" line="249" />
        <source>Shipped</source>
        <translation>จัดส่งเมื่อ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_pane.py" line="250" />
        <source>Delivered</source>
        <translation>ส่งถึงเมื่อ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_pane.py" line="251" />
        <source>Cancelled</source>
        <translation>ยกเลิกเมื่อ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_pane.py" line="252" />
        <source>Cancel reason</source>
        <translation>เหตุผลที่ยกเลิก</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_pane.py" line="253" />
        <source>Returned</source>
        <translation>ตีกลับเมื่อ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_pane.py" line="254" />
        <source>Return reason</source>
        <translation>เหตุผลที่ตีกลับ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_pane.py" line="261" />
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_pane.py" line="262" />
        <source>Assigned to</source>
        <translation>มอบหมายให้</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_pane.py" line="263" />
        <source>Reason</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_pane.py" line="271" />
        <source>No notes yet.</source>
        <translation>ยังไม่มีโน๊ต</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_pane.py" line="306" />
        <source>returned</source>
        <translation>ตีกลับ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_pane.py" line="316" />
        <source>Subtotal</source>
        <translation>ยอดรวมสินค้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_pane.py" line="317" />
        <source>Discount</source>
        <translation>ส่วนลด</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_pane.py" line="318" />
        <source>Shipping fee</source>
        <translation>ค่าจัดส่ง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_pane.py" line="319" />
        <source>Total</source>
        <translation>ยอดรวม</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_pane.py" line="320" />
        <source>Paid</source>
        <translation>ชำระแล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_pane.py" line="321" />
        <source>Balance</source>
        <translation>ยอดคงค้าง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_texts.py" line="17" />
        <source>Confirm</source>
        <translation>ยืนยัน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_texts.py" line="18" />
        <source>Pack…</source>
        <translation>แพ็ค…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_texts.py" line="19" />
        <source>Ship</source>
        <translation>จัดส่ง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_texts.py" line="20" />
        <source>Mark delivered</source>
        <translation>ส่งถึงแล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_texts.py" line="21" />
        <source>Cancel order…</source>
        <translation>ยกเลิกคำสั่งซื้อ…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_texts.py" line="22" />
        <source>Return…</source>
        <translation>ตีกลับ…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_texts.py" line="25" />
        <source>Confirm the order: it can then be packed</source>
        <translation>ยืนยันคำสั่งซื้อ แล้วจึงแพ็คได้</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_texts.py" line="26" />
        <source>Record the carrier, the tracking number and the packing date</source>
        <translation>บันทึกขนส่ง เลขพัสดุ และวันที่แพ็ค</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_texts.py" line="27" />
        <source>The carrier has taken the parcel</source>
        <translation>ขนส่งรับพัสดุไปแล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_texts.py" line="28" />
        <source>The customer has received the parcel</source>
        <translation>ลูกค้าได้รับพัสดุแล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_texts.py" line="29" />
        <source>Cancel the order, with a reason (only before packing)</source>
        <translation>ยกเลิกคำสั่งซื้อพร้อมเหตุผล (ก่อนแพ็คเท่านั้น)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_texts.py" line="30" />
        <source>The parcel came back: the reason and which lines</source>
        <translation>พัสดุถูกตีกลับ: ระบุเหตุผลและรายการที่ตีกลับ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_texts.py" line="33" />
        <source>Order confirmed.</source>
        <translation>ยืนยันคำสั่งซื้อแล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_texts.py" line="34" />
        <source>Order packed.</source>
        <translation>แพ็คคำสั่งซื้อแล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_texts.py" line="35" />
        <source>Order shipped.</source>
        <translation>จัดส่งคำสั่งซื้อแล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_texts.py" line="36" />
        <source>Order delivered.</source>
        <translation>คำสั่งซื้อส่งถึงแล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_texts.py" line="37" />
        <source>Order cancelled.</source>
        <translation>ยกเลิกคำสั่งซื้อแล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_texts.py" line="38" />
        <source>Return recorded.</source>
        <translation>บันทึกการตีกลับแล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_texts.py" line="41" />
        <source>Created</source>
        <translation>สร้าง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_texts.py" line="42" />
        <source>Changed</source>
        <translation>แก้ไข</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_texts.py" line="43" />
        <source>Status changed</source>
        <translation>เปลี่ยนสถานะ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_texts.py" line="44" />
        <source>Entered the upsell queue</source>
        <translation>เข้าคิวอัพเซล</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_texts.py" line="47" />
        <source>number</source>
        <translation>เลขที่</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_texts.py" line="48" />
        <source>status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_texts.py" line="49" />
        <source>total</source>
        <translation>ยอดรวม</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_texts.py" line="50" />
        <source>carrier</source>
        <translation>ขนส่ง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_texts.py" line="51" />
        <source>tracking number</source>
        <translation>เลขพัสดุ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_texts.py" line="52" />
        <source>packing date</source>
        <translation>วันที่แพ็ค</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_texts.py" line="53" />
        <location filename="../../salesapp/ui/orders/_order_texts.py" line="54" />
        <source>reason</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_texts.py" line="55" />
        <source>lines</source>
        <translation>รายการ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_texts.py" line="56" />
        <source>released to packing</source>
        <translation>ปล่อยไปแพ็คแล้ว</translation>
    </message>
</context>
<context>
    <name>OrdersView</name>
    <message>
        <location filename="../../salesapp/ui/orders/order_labels.py" line="13" />
        <source>Awaiting</source>
        <translation>รอยืนยัน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/order_labels.py" line="14" />
        <source>Confirmed</source>
        <translation>ยืนยันแล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/order_labels.py" line="15" />
        <source>Packed</source>
        <translation>แพ็คแล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/order_labels.py" line="16" />
        <source>Shipped</source>
        <translation>จัดส่งแล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/order_labels.py" line="17" />
        <source>Delivered</source>
        <translation>ส่งถึงแล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/order_labels.py" line="18" />
        <source>Cancelled</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/order_labels.py" line="19" />
        <source>Returned</source>
        <translation>ตีกลับ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/orders_view.py" line="61" />
        <source>Order</source>
        <translation>คำสั่งซื้อ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/orders_view.py" line="62" />
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/orders_view.py" line="63" />
        <source>Customer</source>
        <translation>ลูกค้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/orders_view.py" line="64" />
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/orders_view.py" line="65" />
        <source>Total</source>
        <translation>ยอดรวม</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/orders_view.py" line="66" />
        <source>Salesperson</source>
        <translation>พนักงานขาย</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/orders_view.py" line="69" />
        <source>All</source>
        <translation>ทั้งหมด</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/orders_view.py" line="78" />
        <source>Search by order number, customer name or phone</source>
        <translation>ค้นหาด้วยเลขที่คำสั่งซื้อ ชื่อลูกค้า หรือเบอร์โทร</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/orders_view.py" line="93" />
        <source>New order…</source>
        <translation>สร้างคำสั่งซื้อ…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/orders_view.py" line="94" />
        <source>Choose the customer, then fill in the bill</source>
        <translation>เลือกลูกค้า แล้วกรอกบิล</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/orders_view.py" line="141" />
        <source>Order {0} created.</source>
        <translation>สร้างคำสั่งซื้อ {0} แล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/orders_view.py" line="180" />
        <source>%Ln order(s) found</source>
        <translation>พบ %Ln คำสั่งซื้อ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/orders_view.py" line="182" />
        <source>The first {0} orders found; type more to narrow the search</source>
        <translation>แสดง {0} คำสั่งซื้อแรกที่พบ พิมพ์เพิ่มเพื่อค้นหาให้แคบลง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/orders_view.py" line="184" />
        <source>%Ln order(s)</source>
        <translation>%Ln คำสั่งซื้อ</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <location filename="../../salesapp/ui/messaging/outbox_dialog.py" line="41" />
        <source>Messages to {0}</source>
        <translation>ข้อความถึง {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/outbox_dialog.py" line="45" />
        <source>Queued</source>
        <translation>เข้าคิวเมื่อ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/outbox_dialog.py" line="45" />
        <source>Channel</source>
        <translation>ช่องทาง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/outbox_dialog.py" line="45" />
        <source>To</source>
        <translation>ถึง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/outbox_dialog.py" line="45" />
        <source>Delivery</source>
        <translation>สถานะการส่ง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/outbox_dialog.py" line="51" />
        <source>Send again…</source>
        <translation>ส่งอีกครั้ง…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/outbox_dialog.py" line="116" />
        <source>Send again</source>
        <translation>ส่งอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/outbox_dialog.py" line="117" />
        <source>This message may have been sent: the computer sending it stopped before the provider answered. Send it again only if you checked it did not arrive.</source>
        <translation>ข้อความนี้อาจถูกส่งไปแล้ว เพราะเครื่องที่ส่งหยุดทำงานก่อนผู้ให้บริการตอบกลับ ส่งอีกครั้งเฉพาะเมื่อตรวจแล้วว่าลูกค้ายังไม่ได้รับ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/outbox_dialog.py" line="131" />
        <source>Queued again.</source>
        <translation>เข้าคิวส่งใหม่แล้ว</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <location filename="../../salesapp/ui/customers/_appointment_dialog.py" line="264" />
        <source>Outcome of the meeting</source>
        <translation>ผลการนัดพบ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_appointment_dialog.py" line="268" />
        <source>Meeting with &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>นัดพบกับ &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_appointment_dialog.py" line="273" />
        <source>How it went, what was agreed, what comes next</source>
        <translation>เป็นอย่างไรบ้าง ตกลงอะไรกันไว้ ขั้นต่อไปคืออะไร</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_appointment_dialog.py" line="280" />
        <source>Outcome:</source>
        <translation>ผลลัพธ์:</translation>
    </message>
</context>
<context>
    <name>OutcomeModel</name>
    <message>
        <location filename="../../salesapp/ui/customers/_import_dialog.py" line="98" />
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_import_dialog.py" line="99" />
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_import_dialog.py" line="100" />
        <source>E-mail</source>
        <translation>อีเมล</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/import_outcomes.py" line="43" />
        <source>Line</source>
        <translation>แถว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/import_outcomes.py" line="43" />
        <source>Action</source>
        <translation>การดำเนินการ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/import_outcomes.py" line="44" />
        <source>Reason</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/import_outcomes.py" line="47" />
        <source>Create</source>
        <translation>สร้างใหม่</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/import_outcomes.py" line="48" />
        <source>Update</source>
        <translation>อัปเดต</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/import_outcomes.py" line="49" />
        <source>Skip</source>
        <translation>ข้าม</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/import_outcomes.py" line="50" />
        <source>Error</source>
        <translation>ข้อผิดพลาด</translation>
    </message>
</context>
<context>
    <name>PackDialog</name>
    <message>
        <location filename="../../salesapp/ui/orders/_order_dialogs.py" line="54" />
        <source>e.g. Kerry Express</source>
        <translation>เช่น Kerry Express</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_dialogs.py" line="59" />
        <source>Carrier:</source>
        <translation>ขนส่ง:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_dialogs.py" line="61" />
        <source>Tracking number:</source>
        <translation>เลขพัสดุ:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_dialogs.py" line="63" />
        <source>Tracking numbers are added order by order.</source>
        <translation>เลขพัสดุใส่ทีละคำสั่งซื้อ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_dialogs.py" line="67" />
        <source>Packing date:</source>
        <translation>วันที่แพ็ค:</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../salesapp/ui/mainwindow/password_dialog.py" line="51" />
        <source>Choose your own password</source>
        <translation>ตั้งรหัสผ่านของคุณเอง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/password_dialog.py" line="53" />
        <source>Hello {0}: the password you signed in with was given to you by an administrator. Choose your own before you start; only you will know it.</source>
        <translation>สวัสดี {0} รหัสผ่านที่คุณใช้เข้าสู่ระบบนี้ผู้ดูแลระบบเป็นผู้ตั้งให้ โปรดตั้งรหัสผ่านของคุณเองก่อนเริ่มงาน ซึ่งจะมีแต่คุณที่รู้</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/password_dialog.py" line="59" />
        <source>Change my password</source>
        <translation>เปลี่ยนรหัสผ่านของฉัน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/password_dialog.py" line="60" />
        <source>Type your current password, then the new one twice.</source>
        <translation>พิมพ์รหัสผ่านปัจจุบัน แล้วพิมพ์รหัสผ่านใหม่สองครั้ง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/password_dialog.py" line="67" />
        <source>At least {0} characters.</source>
        <translation>อย่างน้อย {0} ตัวอักษร</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/password_dialog.py" line="71" />
        <source>Current password:</source>
        <translation>รหัสผ่านปัจจุบัน:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/password_dialog.py" line="72" />
        <source>New password:</source>
        <translation>รหัสผ่านใหม่:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/password_dialog.py" line="74" />
        <source>New password again:</source>
        <translation>รหัสผ่านใหม่อีกครั้ง:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/password_dialog.py" line="79" />
        <source>Save password</source>
        <translation>บันทึกรหัสผ่าน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/password_dialog.py" line="81" />
        <source>Sign out</source>
        <translation>ออกจากระบบ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/password_dialog.py" line="96" />
        <source>The new password needs at least {0} characters.</source>
        <translation>รหัสผ่านใหม่ต้องมีอย่างน้อย {0} ตัวอักษร</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/password_dialog.py" line="101" />
        <source>The two new passwords differ: type the same one twice.</source>
        <translation>รหัสผ่านใหม่ทั้งสองช่องไม่ตรงกัน โปรดพิมพ์ให้เหมือนกัน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/password_dialog.py" line="105" />
        <source>Saving…</source>
        <translation>กำลังบันทึก…</translation>
    </message>
</context>
<context>
    <name>PaymentNoticeDialog</name>
    <message>
        <location filename="../../salesapp/ui/followup/_intake_dialogs.py" line="86" />
        <source>New payment notice</source>
        <translation>รายการแจ้งโอนเงินใหม่</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_intake_dialogs.py" line="97" />
        <source>No slip attached</source>
        <translation>ยังไม่ได้แนบสลิป</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_intake_dialogs.py" line="98" />
        <source>Attach slip…</source>
        <translation>แนบสลิป…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_intake_dialogs.py" line="108" />
        <source>Name:</source>
        <translation>ชื่อ:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_intake_dialogs.py" line="109" />
        <source>Phone:</source>
        <translation>โทรศัพท์:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_intake_dialogs.py" line="110" />
        <source>Country:</source>
        <translation>ประเทศ:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_intake_dialogs.py" line="111" />
        <source>Amount:</source>
        <translation>จำนวนเงิน:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_intake_dialogs.py" line="112" />
        <source>Bank:</source>
        <translation>ธนาคาร:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_intake_dialogs.py" line="113" />
        <source>Transferred at:</source>
        <translation>เวลาที่โอน:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_intake_dialogs.py" line="114" />
        <source>Order number given:</source>
        <translation>เลขที่คำสั่งซื้อที่แจ้ง:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_intake_dialogs.py" line="115" />
        <source>Slip:</source>
        <translation>สลิป:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_intake_dialogs.py" line="120" />
        <source>Choose the payment slip</source>
        <translation>เลือกสลิปการโอนเงิน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_intake_dialogs.py" line="120" />
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>รูปภาพ (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>PipelineTable</name>
    <message>
        <location filename="../../salesapp/ui/opportunities/_pipeline_table.py" line="51" />
        <source>Salesperson</source>
        <translation>พนักงานขาย</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_pipeline_table.py" line="51" />
        <source>Open</source>
        <translation>เปิดอยู่</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_pipeline_table.py" line="51" />
        <source>Amount</source>
        <translation>มูลค่า</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_pipeline_table.py" line="51" />
        <source>Weighted forecast</source>
        <translation>ยอดคาดการณ์ (ถ่วงน้ำหนัก)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_pipeline_table.py" line="52" />
        <source>Stale</source>
        <translation>ไม่มีความเคลื่อนไหว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_pipeline_table.py" line="52" />
        <source>Won this month</source>
        <translation>ปิดการขายได้เดือนนี้</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_pipeline_table.py" line="52" />
        <source>Lost this month</source>
        <translation>ไม่สำเร็จเดือนนี้</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_pipeline_table.py" line="64" />
        <source>Weighted forecast = amount × the stage's probability. Double-click a line to list that salesperson's opportunities.</source>
        <translation>ยอดคาดการณ์ (ถ่วงน้ำหนัก) = มูลค่า × โอกาสสำเร็จของขั้นตอน ดับเบิลคลิกที่แถวเพื่อดูโอกาสทางการขายของพนักงานขายคนนั้น</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_pipeline_table.py" line="96" />
        <source>No salesperson</source>
        <translation>ไม่มีพนักงานขาย</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_pipeline_table.py" line="101" />
        <location filename="../../salesapp/ui/opportunities/_pipeline_table.py" line="102" />
        <location filename="../../salesapp/ui/opportunities/_pipeline_table.py" line="114" />
        <location filename="../../salesapp/ui/opportunities/_pipeline_table.py" line="117" />
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_pipeline_table.py" line="109" />
        <source>Everyone</source>
        <translation>ทุกคน</translation>
    </message>
</context>
<context>
    <name>ProductColumns</name>
    <message>
        <location filename="../../salesapp/ui/catalogue/_catalogue_files.py" line="33" />
        <source>SKU</source>
        <translation>รหัสสินค้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/_catalogue_files.py" line="34" />
        <source>Name</source>
        <translation>ชื่อสินค้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/_catalogue_files.py" line="35" />
        <source>Category</source>
        <translation>หมวดหมู่</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/_catalogue_files.py" line="36" />
        <source>Description</source>
        <translation>รายละเอียด</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/_catalogue_files.py" line="37" />
        <source>Unit</source>
        <translation>หน่วย</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/_catalogue_files.py" line="38" />
        <source>Base units</source>
        <translation>จำนวนหน่วยฐาน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/_catalogue_files.py" line="39" />
        <source>Price</source>
        <translation>ราคา</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/_catalogue_files.py" line="40" />
        <source>Currency</source>
        <translation>สกุลเงิน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/_catalogue_files.py" line="41" />
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/_catalogue_files.py" line="48" />
        <source>Active</source>
        <translation>ขายอยู่</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/_catalogue_files.py" line="49" />
        <source>Archived</source>
        <translation>เก็บถาวร</translation>
    </message>
</context>
<context>
    <name>ProductExportDialog</name>
    <message>
        <location filename="../../salesapp/ui/catalogue/_catalogue_files.py" line="142" />
        <source>Export products</source>
        <translation>ส่งออกสินค้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/_catalogue_files.py" line="144" />
        <source>{0} products of the list as shown, one row per unit: the import reads it back.</source>
        <translation>สินค้า {0} รายการตามที่แสดงในรายการ หนึ่งแถวต่อหนึ่งหน่วย นำเข้ากลับได้</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/_catalogue_files.py" line="150" />
        <source>Export products to</source>
        <translation>ส่งออกสินค้าไปที่</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/_catalogue_files.py" line="159" />
        <source>{0} rows written.</source>
        <translation>เขียนแล้ว {0} แถว</translation>
    </message>
</context>
<context>
    <name>ProductImportDialog</name>
    <message>
        <location filename="../../salesapp/ui/catalogue/_catalogue_files.py" line="67" />
        <source>Import products</source>
        <translation>นำเข้าสินค้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/_catalogue_files.py" line="80" />
        <source>Add new products only</source>
        <translation>เพิ่มเฉพาะสินค้าใหม่</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/_catalogue_files.py" line="81" />
        <source>Add new products and update existing ones</source>
        <translation>เพิ่มสินค้าใหม่และอัปเดตสินค้าที่มีอยู่</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/_catalogue_files.py" line="82" />
        <source>Update existing products only</source>
        <translation>อัปเดตเฉพาะสินค้าที่มีอยู่</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/_catalogue_files.py" line="90" />
        <source>Prices in:</source>
        <translation>ราคาเป็นสกุลเงิน:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/_catalogue_files.py" line="93" />
        <source>The first row of the file must hold the column names. One row per unit: SKU, name, category, description, unit, base units, price, currency, status; the rows of one SKU make one product. Existing products are recognised by their SKU; an import adds and updates units, never removes one. Prices without a currency are in the currency chosen here.</source>
        <translation>แถวแรกของไฟล์ต้องเป็นชื่อคอลัมน์ หนึ่งแถวต่อหนึ่งหน่วย: รหัสสินค้า ชื่อ หมวดหมู่ รายละเอียด หน่วย จำนวนหน่วยฐาน ราคา สกุลเงิน สถานะ แถวที่มีรหัสสินค้าเดียวกันรวมเป็นสินค้าเดียว สินค้าที่มีอยู่แล้วจะจับคู่ด้วยรหัสสินค้า การนำเข้าจะเพิ่มและอัปเดตหน่วย แต่ไม่ลบหน่วยใด ราคาที่ไม่ระบุสกุลเงินจะใช้สกุลเงินที่เลือกไว้ที่นี่</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/_catalogue_files.py" line="124" />
        <source>{0} rows: {1} products to create, {2} to update, {3} skipped, {4} rows with errors.</source>
        <translation>{0} แถว: สร้างสินค้าใหม่ {1} รายการ อัปเดต {2} ข้าม {3} มีข้อผิดพลาด {4} แถว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/_catalogue_files.py" line="129" />
        <source>Done: {0} products created, {1} updated, {2} skipped.</source>
        <translation>เสร็จแล้ว: สร้างสินค้า {0} รายการ อัปเดต {1} ข้าม {2}</translation>
    </message>
</context>
<context>
    <name>ProductPane</name>
    <message>
        <location filename="../../salesapp/ui/catalogue/_product_pane.py" line="59" />
        <source>e.g. TH-SER-30</source>
        <translation>เช่น TH-SER-30</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/_product_pane.py" line="68" />
        <source>e.g. Skin care</source>
        <translation>เช่น สกินแคร์</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/_product_pane.py" line="75" />
        <source>SKU:</source>
        <translation>รหัสสินค้า:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/_product_pane.py" line="76" />
        <source>Name:</source>
        <translation>ชื่อสินค้า:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/_product_pane.py" line="77" />
        <source>Category:</source>
        <translation>หมวดหมู่:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/_product_pane.py" line="78" />
        <source>Description:</source>
        <translation>รายละเอียด:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/_product_pane.py" line="79" />
        <source>Units and prices:</source>
        <translation>หน่วยและราคา:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/_product_pane.py" line="81" />
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/_product_pane.py" line="84" />
        <source>Discard changes</source>
        <translation>ยกเลิกการแก้ไข</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/_product_pane.py" line="85" />
        <source>Show the product as saved, without your changes</source>
        <translation>แสดงสินค้าตามที่บันทึกไว้ โดยไม่เอาการแก้ไขของคุณ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/_product_pane.py" line="99" />
        <source>Select a product to see it here.</source>
        <translation>เลือกสินค้าเพื่อดูรายละเอียดที่นี่</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/_product_pane.py" line="155" />
        <source>Sold: offered on order forms.</source>
        <translation>ขายอยู่: แสดงในหน้าเปิดบิล</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/_product_pane.py" line="158" />
        <source>Archived: no longer offered on order forms; old orders keep it.</source>
        <translation>เก็บถาวร: ไม่แสดงในหน้าเปิดบิลแล้ว คำสั่งซื้อเดิมยังคงมีสินค้านี้</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/_product_pane.py" line="160" />
        <source>Archive</source>
        <translation>เก็บถาวร</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/_product_pane.py" line="160" />
        <source>Restore</source>
        <translation>นำกลับมาขาย</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/_product_pane.py" line="162" />
        <source>Stop selling it: it leaves the order forms, old orders keep it</source>
        <translation>หยุดขาย: นำออกจากหน้าเปิดบิล คำสั่งซื้อเดิมยังคงมีสินค้านี้</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/_product_pane.py" line="164" />
        <source>Sell it again</source>
        <translation>นำกลับมาขายอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/_product_pane.py" line="169" />
        <source>Last changed by {0} on {1}.</source>
        <translation>แก้ไขล่าสุดโดย {0} เมื่อ {1}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/_product_pane.py" line="188" />
        <location filename="../../salesapp/ui/catalogue/_product_pane.py" line="197" />
        <source>New product</source>
        <translation>สินค้าใหม่</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/_product_pane.py" line="189" />
        <source>Type its SKU, name and at least one unit with its price, then Save.</source>
        <translation>กรอกรหัสสินค้า ชื่อ และหน่วยพร้อมราคาอย่างน้อยหนึ่งหน่วย แล้วกดบันทึก</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/_product_pane.py" line="249" />
        <source>Saved.</source>
        <translation>บันทึกแล้ว</translation>
    </message>
</context>
<context>
    <name>ProfileMessaging</name>
    <message>
        <location filename="../../salesapp/ui/messaging/profile_messaging.py" line="64" />
        <source>Message</source>
        <translation>ส่งข้อความ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/profile_messaging.py" line="70" />
        <source>E-mail…</source>
        <translation>อีเมล…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/profile_messaging.py" line="71" />
        <source>SMS…</source>
        <translation>SMS…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/profile_messaging.py" line="72" />
        <source>LINE…</source>
        <translation>LINE…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/profile_messaging.py" line="81" />
        <source>Messages…</source>
        <translation>ข้อความ…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/profile_messaging.py" line="82" />
        <source>Every message to this customer, its delivery, and Send again</source>
        <translation>ข้อความทั้งหมดถึงลูกค้ารายนี้ สถานะการส่ง และส่งอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/profile_messaging.py" line="94" />
        <source>The customer's LINE user id for messages from the LINE Official Account; Enter saves it.</source>
        <translation>LINE user id ของลูกค้า สำหรับส่งข้อความจาก LINE Official Account กด Enter เพื่อบันทึก</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/profile_messaging.py" line="99" />
        <source>No marketing e-mail</source>
        <translation>ไม่รับอีเมลการตลาด</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/profile_messaging.py" line="100" />
        <source>No marketing SMS</source>
        <translation>ไม่รับ SMS การตลาด</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/profile_messaging.py" line="109" />
        <source>LINE user id:</source>
        <translation>LINE user id:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/profile_messaging.py" line="110" />
        <source>Consent:</source>
        <translation>ความยินยอม:</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../salesapp/ui/orders/_order_dialogs.py" line="91" />
        <location filename="../../salesapp/ui/upsell/_upsell_dialogs.py" line="88" />
        <source>Reason:</source>
        <translation>เหตุผล:</translation>
    </message>
</context>
<context>
    <name>ReasonList</name>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_settings_dialog.py" line="58" />
        <source>A new reason</source>
        <translation>เหตุผลใหม่</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_settings_dialog.py" line="58" />
        <source>Add</source>
        <translation>เพิ่ม</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_settings_dialog.py" line="58" />
        <source>Remove</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_settings_dialog.py" line="58" />
        <source>Up</source>
        <translation>เลื่อนขึ้น</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../salesapp/ui/backup/_restore_dialog.py" line="53" />
        <source>Restore a backup</source>
        <translation>กู้คืนข้อมูลสำรอง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_restore_dialog.py" line="57" />
        <location filename="../../salesapp/ui/backup/_restore_dialog.py" line="118" />
        <source>Browse…</source>
        <translation>เลือก…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_restore_dialog.py" line="59" />
        <source>Read</source>
        <translation>อ่าน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_restore_dialog.py" line="66" />
        <source>Backup file:</source>
        <translation>ไฟล์ข้อมูลสำรอง:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_restore_dialog.py" line="75" />
        <source>Restore</source>
        <translation>กู้คืน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_restore_dialog.py" line="90" />
        <source>What the backup holds</source>
        <translation>สิ่งที่อยู่ในข้อมูลสำรอง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_restore_dialog.py" line="97" />
        <source>Table</source>
        <translation>ตาราง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_restore_dialog.py" line="97" />
        <source>Rows</source>
        <translation>แถว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_restore_dialog.py" line="110" />
        <source>Restore into a new, empty database</source>
        <translation>กู้คืนลงฐานข้อมูลใหม่ที่ว่างเปล่า</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_restore_dialog.py" line="111" />
        <source>A new file on this computer</source>
        <translation>ไฟล์ใหม่บนเครื่องนี้</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_restore_dialog.py" line="112" />
        <source>A new database on the office's PostgreSQL server</source>
        <translation>ฐานข้อมูลใหม่บนเซิร์ฟเวอร์ PostgreSQL ของสำนักงาน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_restore_dialog.py" line="129" />
        <source>Use the restored database on this computer afterwards</source>
        <translation>ใช้ฐานข้อมูลที่กู้คืนบนเครื่องนี้ต่อจากนี้</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_restore_dialog.py" line="141" />
        <source>Backup file</source>
        <translation>ไฟล์ข้อมูลสำรอง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_restore_dialog.py" line="151" />
        <source>New database file</source>
        <translation>ไฟล์ฐานข้อมูลใหม่</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_restore_dialog.py" line="153" />
        <source>salesapp database (*.sqlite3)</source>
        <translation>ฐานข้อมูล salesapp (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_restore_dialog.py" line="162" />
        <source>Choose the backup file to restore.</source>
        <translation>กรุณาเลือกไฟล์ข้อมูลสำรองที่จะกู้คืน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_restore_dialog.py" line="179" />
        <source>Taken: {0}</source>
        <translation>สำรองเมื่อ: {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_restore_dialog.py" line="180" />
        <source>From: {0} ({1}), salesapp {2}, schema version {3}</source>
        <translation>จาก: {0} ({1}), salesapp {2}, โครงสร้างรุ่น {3}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_restore_dialog.py" line="184" />
        <source>File size: {0}</source>
        <translation>ขนาดไฟล์: {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_restore_dialog.py" line="187" />
        <source>Shop: {0}</source>
        <translation>ร้าน: {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_restore_dialog.py" line="190" />
        <source>{0} customers · {1} orders · {2} staff · {3} products</source>
        <translation>ลูกค้า {0} ราย · คำสั่งซื้อ {1} รายการ · พนักงาน {2} คน · สินค้า {3} รายการ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_restore_dialog.py" line="204" />
        <source>The backup file is whole and readable. Choose where to restore it.</source>
        <translation>ไฟล์ข้อมูลสำรองสมบูรณ์และอ่านได้ กรุณาเลือกว่าจะกู้คืนไปที่ใด</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_restore_dialog.py" line="211" />
        <source>Choose a new file for the restored database.</source>
        <translation>กรุณาเลือกไฟล์ใหม่สำหรับฐานข้อมูลที่กู้คืน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_restore_dialog.py" line="234" />
        <source>Restored into {0}: {1} rows in {2} tables, checked against the backup ({3} s).</source>
        <translation>กู้คืนลงใน {0} แล้ว: {1} แถวใน {2} ตาราง ตรวจสอบเทียบกับข้อมูลสำรองแล้ว ({3} วินาที)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_restore_dialog.py" line="257" />
        <source>Cancelled: nothing was written.</source>
        <translation>ยกเลิกแล้ว ไม่ได้เขียนอะไรลงไป</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_restore_dialog.py" line="265" />
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_restore_dialog.py" line="265" />
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../salesapp/ui/orders/_order_dialogs.py" line="106" />
        <source>Why did the parcel come back? Tick the lines that came back.</source>
        <translation>พัสดุถูกตีกลับเพราะอะไร? ติ๊กรายการสินค้าที่ถูกตีกลับ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_dialogs.py" line="116" />
        <source>Lines:</source>
        <translation>รายการ:</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <location filename="../../salesapp/ui/customers/_revoke_dialog.py" line="74" />
        <source>Take customers back</source>
        <translation>ดึงลูกค้ากลับ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_revoke_dialog.py" line="78" />
        <location filename="../../salesapp/ui/customers/_revoke_dialog.py" line="136" />
        <source>Back to the pool</source>
        <translation>คืนเข้าคลังลูกค้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_revoke_dialog.py" line="79" />
        <source>No one owns them until they are handed over again.</source>
        <translation>จะยังไม่มีผู้รับผิดชอบจนกว่าจะมอบหมายใหม่อีกครั้ง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_revoke_dialog.py" line="86" />
        <source>Move to:</source>
        <translation>ย้ายไปให้:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_revoke_dialog.py" line="97" />
        <source>Reason (required):</source>
        <translation>เหตุผล (จำเป็น):</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_revoke_dialog.py" line="100" />
        <source>Why are these customers taken back? Kept in their history.</source>
        <translation>ทำไมจึงดึงลูกค้าเหล่านี้กลับ จะเก็บไว้ในประวัติของลูกค้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_revoke_dialog.py" line="108" />
        <source>Reload</source>
        <translation>โหลดใหม่</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_revoke_dialog.py" line="133" />
        <location filename="../../salesapp/ui/customers/_revoke_dialog.py" line="157" />
        <source>{0} ({1} customers)</source>
        <translation>{0} (ลูกค้า {1} ราย)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_revoke_dialog.py" line="136" />
        <source>Back to the pool:</source>
        <translation>คืนเข้าคลังลูกค้า:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_revoke_dialog.py" line="146" />
        <source>1 customer selected.</source>
        <translation>เลือกลูกค้า 1 ราย</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_revoke_dialog.py" line="148" />
        <source>{0} customers selected.</source>
        <translation>เลือกลูกค้า {0} ราย</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_revoke_dialog.py" line="166" />
        <source>The list was reloaded: the selection is as it is now. Check it and confirm again.</source>
        <translation>โหลดรายการใหม่แล้ว รายการที่เลือกเป็นไปตามข้อมูลล่าสุด กรุณาตรวจสอบแล้วยืนยันอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_revoke_dialog.py" line="181" />
        <source>Move</source>
        <translation>ย้าย</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_revoke_dialog.py" line="181" />
        <source>Take back</source>
        <translation>ดึงกลับ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_revoke_dialog.py" line="194" />
        <source>Enter the reason for taking these customers back.</source>
        <translation>กรุณากรอกเหตุผลที่ดึงลูกค้าเหล่านี้กลับ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_revoke_dialog.py" line="200" />
        <source>Choose the staff member who receives the customers.</source>
        <translation>กรุณาเลือกพนักงานที่จะได้รับลูกค้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_revoke_dialog.py" line="223" />
        <source>Saving…</source>
        <translation>กำลังบันทึก…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_revoke_dialog.py" line="240" />
        <source>Reloading the list…</source>
        <translation>กำลังโหลดรายการใหม่…</translation>
    </message>
</context>
<context>
    <name>ScopeCombo</name>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_toolbar.py" line="29" />
        <source>Whose cases the list and the tab counts show</source>
        <translation>รายการของใครที่แสดงในตารางและตัวเลขบนแท็บ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_toolbar.py" line="30" />
        <source>Everyone's cases</source>
        <translation>รายการของทุกคน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_toolbar.py" line="31" />
        <source>My cases</source>
        <translation>รายการของฉัน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_toolbar.py" line="45" />
        <source>Cases of {0}</source>
        <translation>รายการของ {0}</translation>
    </message>
</context>
<context>
    <name>SelectOrdersDialog</name>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_dialogs.py" line="201" />
        <source>Select orders into upsell</source>
        <translation>เลือกคำสั่งซื้อเข้าอัพเซล</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_dialogs.py" line="204" />
        <source>Awaiting orders that are not in the upsell queue. Tick the ones to call about.</source>
        <translation>คำสั่งซื้อที่รอยืนยันซึ่งยังไม่อยู่ในคิวอัพเซล ติ๊กเลือกรายการที่จะโทรหาลูกค้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_dialogs.py" line="208" />
        <source>Order number, customer name or phone</source>
        <translation>เลขที่คำสั่งซื้อ ชื่อลูกค้า หรือเบอร์โทร</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_dialogs.py" line="218" />
        <source>Order</source>
        <translation>คำสั่งซื้อ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_dialogs.py" line="218" />
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_dialogs.py" line="218" />
        <source>Customer</source>
        <translation>ลูกค้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_dialogs.py" line="218" />
        <source>Channel</source>
        <translation>ช่องทาง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_dialogs.py" line="219" />
        <source>Payment</source>
        <translation>การชำระเงิน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_dialogs.py" line="219" />
        <source>Total</source>
        <translation>ยอดรวม</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_dialogs.py" line="224" />
        <source>Tick all</source>
        <translation>ติ๊กทั้งหมด</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_dialogs.py" line="226" />
        <source>Looking for orders…</source>
        <translation>กำลังค้นหาคำสั่งซื้อ…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_dialogs.py" line="230" />
        <source>Put into Pending</source>
        <translation>เพิ่มเข้ารอดำเนินการ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_dialogs.py" line="293" />
        <source>{0} orders found, {1} ticked</source>
        <translation>พบ {0} คำสั่งซื้อ ติ๊กแล้ว {1} รายการ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_dialogs.py" line="295" />
        <source>No awaiting orders outside the queue.</source>
        <translation>ไม่มีคำสั่งซื้อที่รอยืนยันนอกคิว</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../salesapp/ui/settings/settings_view.py" line="41" />
        <source>This desktop</source>
        <translation>เครื่องนี้</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/settings/settings_view.py" line="46" />
        <source>System language</source>
        <translation>ภาษาของระบบ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/settings/settings_view.py" line="50" />
        <source>Show and type years in the Buddhist era (2569 = 2026)</source>
        <translation>แสดงและพิมพ์ปีเป็นพุทธศักราช (2569 = 2026)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/settings/settings_view.py" line="52" />
        <source>Language:</source>
        <translation>ภาษา:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/settings/settings_view.py" line="54" />
        <source>Save preferences</source>
        <translation>บันทึกการตั้งค่า</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/settings/settings_view.py" line="59" />
        <source>Database</source>
        <translation>ฐานข้อมูล</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/settings/settings_view.py" line="63" />
        <source>In use:</source>
        <translation>ที่ใช้อยู่:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/settings/settings_view.py" line="81" />
        <source>Audit</source>
        <translation>ประวัติการทำรายการ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/settings/settings_view.py" line="82" />
        <source>Audit trail…</source>
        <translation>ประวัติการทำรายการ…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/settings/settings_view.py" line="86" />
        <source>Who changed what, and when, in every record of the shop.</source>
        <translation>ใครเปลี่ยนแปลงอะไร เมื่อไร ในทุกรายการของร้าน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/settings/settings_view.py" line="110" />
        <source>Saved. The new language is used when salesapp starts again.</source>
        <translation>บันทึกแล้ว ภาษาใหม่จะมีผลเมื่อเปิด salesapp ครั้งถัดไป</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/settings/settings_view.py" line="112" />
        <source>Saved.</source>
        <translation>บันทึกแล้ว</translation>
    </message>
</context>
<context>
    <name>SetupChecklist</name>
    <message>
        <location filename="../../salesapp/ui/admin/setup_checklist.py" line="27" />
        <source>Shop profile</source>
        <translation>ข้อมูลร้าน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/setup_checklist.py" line="28" />
        <source>Name, address and tax ID for documents; currency, VAT and how order numbers start.</source>
        <translation>ชื่อ ที่อยู่ และเลขประจำตัวผู้เสียภาษีสำหรับเอกสาร สกุลเงิน ภาษีมูลค่าเพิ่ม และคำนำหน้าเลขที่คำสั่งซื้อ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/setup_checklist.py" line="34" />
        <source>Staff</source>
        <translation>พนักงาน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/setup_checklist.py" line="35" />
        <source>An account for each salesperson and manager.</source>
        <translation>บัญชีผู้ใช้สำหรับพนักงานขายและผู้จัดการแต่ละคน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/setup_checklist.py" line="38" />
        <source>Products</source>
        <translation>สินค้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/setup_checklist.py" line="39" />
        <source>What the shop sells, with its units and prices: typed or imported.</source>
        <translation>สินค้าที่ร้านขาย พร้อมหน่วยและราคา: พิมพ์เองหรือนำเข้าจากไฟล์</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/setup_checklist.py" line="42" />
        <source>Backups</source>
        <translation>การสำรองข้อมูล</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/setup_checklist.py" line="43" />
        <source>The folder this desktop keeps its backups in.</source>
        <translation>โฟลเดอร์ที่เครื่องนี้เก็บไฟล์สำรองข้อมูล</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/setup_checklist.py" line="47" />
        <source>To do</source>
        <translation>ยังไม่ทำ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/setup_checklist.py" line="48" />
        <source>✓ Done</source>
        <translation>✓ เสร็จแล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/setup_checklist.py" line="49" />
        <source>Skipped</source>
        <translation>ข้ามไปก่อน</translation>
    </message>
</context>
<context>
    <name>SetupChecklistDialog</name>
    <message>
        <location filename="../../salesapp/ui/admin/setup_checklist.py" line="67" />
        <source>Getting started</source>
        <translation>เริ่มต้นใช้งาน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/setup_checklist.py" line="71" />
        <source>A few things to set up before the shop's first day. Each step can be skipped and opened again later from Settings.</source>
        <translation>สิ่งที่ควรตั้งค่าก่อนเปิดร้านวันแรก แต่ละขั้นตอนข้ามไปก่อนได้ และกลับมาเปิดอีกครั้งได้ที่หน้าตั้งค่า</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/setup_checklist.py" line="93" />
        <source>Open…</source>
        <translation>เปิด…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/setup_checklist.py" line="132" />
        <source>Reopen</source>
        <translation>เปิดใหม่</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/setup_checklist.py" line="132" />
        <source>Skip</source>
        <translation>ข้าม</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/setup_checklist.py" line="137" />
        <source>1 step to go.</source>
        <translation>เหลืออีก 1 ขั้นตอน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/setup_checklist.py" line="137" />
        <source>{0} steps to go.</source>
        <translation>เหลืออีก {0} ขั้นตอน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/setup_checklist.py" line="140" />
        <source>All set: every step is done or skipped.</source>
        <translation>เรียบร้อย: ทุกขั้นตอนเสร็จแล้วหรือข้ามไปแล้ว</translation>
    </message>
</context>
<context>
    <name>ShopProfileDialog</name>
    <message>
        <location filename="../../salesapp/ui/admin/shop_profile_dialog.py" line="106" />
        <source>Shop profile</source>
        <translation>ข้อมูลร้าน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/shop_profile_dialog.py" line="108" />
        <source>The shop</source>
        <translation>ร้าน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/shop_profile_dialog.py" line="111" />
        <source>Shop name:</source>
        <translation>ชื่อร้าน:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/shop_profile_dialog.py" line="111" />
        <source>As customers know it</source>
        <translation>ชื่อที่ลูกค้ารู้จัก</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/shop_profile_dialog.py" line="112" />
        <source>Legal name:</source>
        <translation>ชื่อนิติบุคคล:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/shop_profile_dialog.py" line="112" />
        <source>As registered, for tax invoices</source>
        <translation>ชื่อตามที่จดทะเบียน สำหรับใบกำกับภาษี</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/shop_profile_dialog.py" line="113" />
        <source>Tax ID:</source>
        <translation>เลขประจำตัวผู้เสียภาษี:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/shop_profile_dialog.py" line="113" />
        <source>13 digits (Thailand), 10 digits (Vietnam)</source>
        <translation>13 หลัก (ไทย) 10 หลัก (เวียดนาม)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/shop_profile_dialog.py" line="119" />
        <source>Head office</source>
        <translation>สำนักงานใหญ่</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/shop_profile_dialog.py" line="120" />
        <source>Branch no.</source>
        <translation>สาขาที่</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/shop_profile_dialog.py" line="133" />
        <source>Branch:</source>
        <translation>สาขา:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/shop_profile_dialog.py" line="138" />
        <source>Address:</source>
        <translation>ที่อยู่:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/shop_profile_dialog.py" line="139" />
        <source>Phone:</source>
        <translation>โทรศัพท์:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/shop_profile_dialog.py" line="139" />
        <source>E-mail:</source>
        <translation>อีเมล:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/shop_profile_dialog.py" line="143" />
        <source>Money and documents</source>
        <translation>การเงินและเอกสาร</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/shop_profile_dialog.py" line="146" />
        <source>Thailand</source>
        <translation>ไทย</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/shop_profile_dialog.py" line="147" />
        <source>Vietnam</source>
        <translation>เวียดนาม</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/shop_profile_dialog.py" line="149" />
        <source>Thai baht (THB, ฿)</source>
        <translation>บาท (THB, ฿)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/shop_profile_dialog.py" line="150" />
        <source>Vietnamese đồng (VND, ₫)</source>
        <translation>ดองเวียดนาม (VND, ₫)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/shop_profile_dialog.py" line="157" />
        <source>Prices include VAT</source>
        <translation>ราคารวมภาษีมูลค่าเพิ่มแล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/shop_profile_dialog.py" line="170" />
        <source>Country:</source>
        <translation>ประเทศ:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/shop_profile_dialog.py" line="171" />
        <source>Currency:</source>
        <translation>สกุลเงิน:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/shop_profile_dialog.py" line="172" />
        <source>VAT rate:</source>
        <translation>อัตราภาษีมูลค่าเพิ่ม:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/shop_profile_dialog.py" line="174" />
        <source>Order numbers:</source>
        <translation>เลขที่คำสั่งซื้อ:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/shop_profile_dialog.py" line="175" />
        <source>Time zone:</source>
        <translation>เขตเวลา:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/shop_profile_dialog.py" line="177" />
        <source>Logo</source>
        <translation>โลโก้</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/shop_profile_dialog.py" line="182" />
        <source>Choose…</source>
        <translation>เลือก…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/shop_profile_dialog.py" line="183" />
        <source>A PNG or JPEG picture; a big one is scaled down</source>
        <translation>รูป PNG หรือ JPEG รูปใหญ่จะถูกย่อขนาดลง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/shop_profile_dialog.py" line="185" />
        <source>Remove</source>
        <translation>เอาออก</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/shop_profile_dialog.py" line="244" />
        <source>Last saved by {0}, {1}</source>
        <translation>บันทึกล่าสุดโดย {0} เมื่อ {1}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/shop_profile_dialog.py" line="265" />
        <source>e.g. {0}</source>
        <translation>เช่น {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/shop_profile_dialog.py" line="277" />
        <source>No logo</source>
        <translation>ไม่มีโลโก้</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/shop_profile_dialog.py" line="290" />
        <source>Choose the shop's logo</source>
        <translation>เลือกโลโก้ร้าน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/shop_profile_dialog.py" line="291" />
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>รูปภาพ (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/shop_profile_dialog.py" line="342" />
        <source>Saving…</source>
        <translation>กำลังบันทึก…</translation>
    </message>
</context>
<context>
    <name>ShopSettingsBox</name>
    <message>
        <location filename="../../salesapp/ui/admin/shop_setup.py" line="48" />
        <source>The shop</source>
        <translation>ร้าน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/shop_setup.py" line="49" />
        <source>Shop profile…</source>
        <translation>ข้อมูลร้าน…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/shop_setup.py" line="50" />
        <source>Names, address, tax ID, logo, currency, VAT, order numbers</source>
        <translation>ชื่อ ที่อยู่ เลขผู้เสียภาษี โลโก้ สกุลเงิน ภาษีมูลค่าเพิ่ม เลขที่คำสั่งซื้อ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/shop_setup.py" line="51" />
        <source>Lists…</source>
        <translation>รายการ…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/shop_setup.py" line="53" />
        <source>Tags, segments, pools, channels, sources, carriers and reasons, with how much each is used</source>
        <translation>แท็ก กลุ่มลูกค้า คลังลูกค้า ช่องทาง แหล่งที่มา ขนส่ง และเหตุผล พร้อมจำนวนที่ใช้อยู่</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/shop_setup.py" line="57" />
        <source>Staff…</source>
        <translation>พนักงาน…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/shop_setup.py" line="58" />
        <source>Add staff, change roles, reset passwords, disable who left</source>
        <translation>เพิ่มพนักงาน เปลี่ยนบทบาท ตั้งรหัสผ่านใหม่ ปิดใช้งานคนที่ลาออก</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/shop_setup.py" line="60" />
        <source>Getting started…</source>
        <translation>เริ่มต้นใช้งาน…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/shop_setup.py" line="61" />
        <source>The first-run checklist: open a step again</source>
        <translation>รายการเริ่มต้นใช้งาน: เปิดขั้นตอนอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/shop_setup.py" line="74" />
        <source>Managers keep the shop's lists; administrators its profile.</source>
        <translation>ผู้จัดการดูแลรายการต่าง ๆ ของร้าน ผู้ดูแลระบบดูแลข้อมูลร้าน</translation>
    </message>
</context>
<context>
    <name>ShopSetup</name>
    <message>
        <location filename="../../salesapp/ui/admin/shop_setup.py" line="183" />
        <source>All set: the first-run checklist is complete.</source>
        <translation>เรียบร้อย: ทำรายการเริ่มต้นใช้งานครบแล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/shop_setup.py" line="209" />
        <source>Products section: coming. Skip this step for now; it can be reopened from Settings → Getting started.</source>
        <translation>หมวดสินค้า: เร็ว ๆ นี้ ข้ามขั้นตอนนี้ไปก่อน แล้วเปิดใหม่ได้ที่ ตั้งค่า → เริ่มต้นใช้งาน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/shop_setup.py" line="222" />
        <source>Getting started</source>
        <translation>เริ่มต้นใช้งาน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/shop_setup.py" line="230" />
        <source>Where should backups go?</source>
        <translation>จะเก็บไฟล์สำรองข้อมูลไว้ที่ไหน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/shop_setup.py" line="275" />
        <source>Shop profile saved.</source>
        <translation>บันทึกข้อมูลร้านแล้ว</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../salesapp/ui/mainwindow/sign_in.py" line="25" />
        <source>Sign in to salesapp</source>
        <translation>เข้าสู่ระบบ salesapp</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/sign_in.py" line="28" />
        <source>Database: {0}</source>
        <translation>ฐานข้อมูล: {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/sign_in.py" line="34" />
        <source>User name:</source>
        <translation>ชื่อผู้ใช้:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/sign_in.py" line="35" />
        <source>Password:</source>
        <translation>รหัสผ่าน:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/sign_in.py" line="40" />
        <source>Sign in</source>
        <translation>เข้าสู่ระบบ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/sign_in.py" line="41" />
        <source>Other database…</source>
        <translation>ฐานข้อมูลอื่น…</translation>
    </message>
</context>
<context>
    <name>SlipDialog</name>
    <message>
        <location filename="../../salesapp/ui/followup/_intake_dialogs.py" line="240" />
        <source>Payment slip</source>
        <translation>สลิปการโอนเงิน</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <location filename="../../salesapp/ui/admin/_staff_form.py" line="25" />
        <source>Sales</source>
        <translation>ฝ่ายขาย</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_staff_form.py" line="26" />
        <source>Manager</source>
        <translation>ผู้จัดการ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_staff_form.py" line="27" />
        <source>Administrator</source>
        <translation>ผู้ดูแลระบบ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/staff_dialog.py" line="72" />
        <source>Staff</source>
        <translation>พนักงาน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/staff_dialog.py" line="74" />
        <source>Everyone who signs in to this shop's database. A disabled person can no longer sign in; their customers and history stay.</source>
        <translation>ทุกคนที่เข้าสู่ระบบฐานข้อมูลของร้านนี้ ผู้ที่ถูกปิดใช้งานจะเข้าสู่ระบบไม่ได้อีก แต่ลูกค้าและประวัติของเขายังอยู่ครบ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/staff_dialog.py" line="81" />
        <source>User name</source>
        <translation>ชื่อผู้ใช้</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/staff_dialog.py" line="81" />
        <source>Display name</source>
        <translation>ชื่อที่แสดง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/staff_dialog.py" line="81" />
        <source>Role</source>
        <translation>บทบาท</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/staff_dialog.py" line="81" />
        <source>State</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/staff_dialog.py" line="82" />
        <source>Last sign-in</source>
        <translation>เข้าสู่ระบบล่าสุด</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/staff_dialog.py" line="82" />
        <source>Customers</source>
        <translation>ลูกค้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/staff_dialog.py" line="82" />
        <source>Open follow-ups</source>
        <translation>งานติดตามที่เปิดอยู่</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/staff_dialog.py" line="83" />
        <source>Open upsell cases</source>
        <translation>เคสอัปเซลที่เปิดอยู่</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/staff_dialog.py" line="83" />
        <source>Open opportunities</source>
        <translation>โอกาสขายที่เปิดอยู่</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/staff_dialog.py" line="94" />
        <source>Add…</source>
        <translation>เพิ่ม…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/staff_dialog.py" line="95" />
        <source>Rename…</source>
        <translation>เปลี่ยนชื่อ…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/staff_dialog.py" line="96" />
        <source>Change role…</source>
        <translation>เปลี่ยนบทบาท…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/staff_dialog.py" line="97" />
        <source>Reset password…</source>
        <translation>ตั้งรหัสผ่านใหม่…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/staff_dialog.py" line="98" />
        <location filename="../../salesapp/ui/admin/staff_dialog.py" line="197" />
        <source>Disable</source>
        <translation>ปิดใช้งาน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/staff_dialog.py" line="99" />
        <source>Unlock sign-in</source>
        <translation>ปลดล็อกการเข้าสู่ระบบ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/staff_dialog.py" line="100" />
        <source>Hand over customers…</source>
        <translation>ส่งต่อลูกค้า…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/staff_dialog.py" line="151" />
        <source>never</source>
        <translation>ยังไม่เคย</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/staff_dialog.py" line="170" />
        <source>Disabled</source>
        <translation>ปิดใช้งานแล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/staff_dialog.py" line="173" />
        <source>Locked until {0}</source>
        <translation>ล็อกถึง {0} น.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/staff_dialog.py" line="174" />
        <source>Enabled</source>
        <translation>ใช้งานอยู่</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/staff_dialog.py" line="197" />
        <source>Enable</source>
        <translation>เปิดใช้งาน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/staff_dialog.py" line="204" />
        <source>Add a staff member</source>
        <translation>เพิ่มพนักงาน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/staff_dialog.py" line="205" />
        <source>Add</source>
        <translation>เพิ่ม</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/staff_dialog.py" line="214" />
        <source>{0} added: they choose their own password at their first sign-in.</source>
        <translation>เพิ่ม {0} แล้ว: เขาจะตั้งรหัสผ่านของตัวเองเมื่อเข้าสู่ระบบครั้งแรก</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/staff_dialog.py" line="226" />
        <source>Rename {0}</source>
        <translation>เปลี่ยนชื่อ {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/staff_dialog.py" line="227" />
        <source>Rename</source>
        <translation>เปลี่ยนชื่อ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/staff_dialog.py" line="236" />
        <source>{0} renamed.</source>
        <translation>เปลี่ยนชื่อเป็น {0} แล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/staff_dialog.py" line="248" />
        <source>Role of {0}</source>
        <translation>บทบาทของ {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/staff_dialog.py" line="249" />
        <source>Change role</source>
        <translation>เปลี่ยนบทบาท</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/staff_dialog.py" line="258" />
        <source>{0}: role changed.</source>
        <translation>{0}: เปลี่ยนบทบาทแล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/staff_dialog.py" line="270" />
        <source>New password for {0}</source>
        <translation>รหัสผ่านใหม่ของ {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/staff_dialog.py" line="271" />
        <source>Reset password</source>
        <translation>ตั้งรหัสผ่านใหม่</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/staff_dialog.py" line="279" />
        <source>{0}: password reset; they choose their own at their next sign-in.</source>
        <translation>{0}: ตั้งรหัสผ่านใหม่แล้ว เขาจะตั้งรหัสผ่านของตัวเองเมื่อเข้าสู่ระบบครั้งถัดไป</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/staff_dialog.py" line="296" />
        <source>{0} is enabled again.</source>
        <translation>{0} ใช้งานได้อีกครั้งแล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/staff_dialog.py" line="299" />
        <source>{0} is disabled: they can no longer sign in.</source>
        <translation>ปิดใช้งาน {0} แล้ว: เข้าสู่ระบบไม่ได้อีก</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/staff_dialog.py" line="318" />
        <source>{0} can sign in again.</source>
        <translation>{0} เข้าสู่ระบบได้อีกครั้งแล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/staff_dialog.py" line="328" />
        <source>Hand over their customers?</source>
        <translation>ส่งต่อลูกค้าของเขาไหม</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/staff_dialog.py" line="329" />
        <source>{0} still owns {1} customers. Hand them over to other staff now?</source>
        <translation>{0} ยังดูแลลูกค้าอยู่ {1} ราย ส่งต่อให้พนักงานคนอื่นตอนนี้เลยไหม</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/staff_dialog.py" line="335" />
        <source>Hand over…</source>
        <translation>ส่งต่อ…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/staff_dialog.py" line="336" />
        <source>Later</source>
        <translation>ไว้ทีหลัง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/staff_dialog.py" line="360" />
        <source>Customers handed over.</source>
        <translation>ส่งต่อลูกค้าแล้ว</translation>
    </message>
</context>
<context>
    <name>StaffForm</name>
    <message>
        <location filename="../../salesapp/ui/admin/_staff_form.py" line="68" />
        <source>To sign in with, no spaces</source>
        <translation>ใช้เข้าสู่ระบบ ห้ามมีช่องว่าง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_staff_form.py" line="69" />
        <source>User name:</source>
        <translation>ชื่อผู้ใช้:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_staff_form.py" line="71" />
        <source>Display name:</source>
        <translation>ชื่อที่แสดง:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_staff_form.py" line="73" />
        <source>Role:</source>
        <translation>บทบาท:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_staff_form.py" line="75" />
        <source>First password:</source>
        <translation>รหัสผ่านแรก:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_staff_form.py" line="77" />
        <source>At least {0} characters. They choose their own at their first sign-in.</source>
        <translation>อย่างน้อย {0} ตัวอักษร เขาจะตั้งรหัสผ่านของตัวเองเมื่อเข้าสู่ระบบครั้งแรก</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_staff_form.py" line="117" />
        <source>Saving…</source>
        <translation>กำลังบันทึก…</translation>
    </message>
</context>
<context>
    <name>StaffHandover</name>
    <message>
        <location filename="../../salesapp/ui/customers/handover.py" line="31" />
        <source>Hand over the customers of {0}</source>
        <translation>ส่งต่อลูกค้าของ {0}</translation>
    </message>
</context>
<context>
    <name>StageSettingsDialog</name>
    <message>
        <location filename="../../salesapp/ui/opportunities/_stage_settings_dialog.py" line="60" />
        <source>Pipeline stages</source>
        <translation>ขั้นตอนของไปป์ไลน์การขาย</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_stage_settings_dialog.py" line="64" />
        <source>Stages</source>
        <translation>ขั้นตอน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_stage_settings_dialog.py" line="65" />
        <source>Lost reasons</source>
        <translation>เหตุผลที่ไม่สำเร็จ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_stage_settings_dialog.py" line="79" />
        <location filename="../../salesapp/ui/opportunities/_stage_settings_dialog.py" line="109" />
        <source>Stage</source>
        <translation>ขั้นตอน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_stage_settings_dialog.py" line="79" />
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_stage_settings_dialog.py" line="79" />
        <source>Probability</source>
        <translation>โอกาสสำเร็จ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_stage_settings_dialog.py" line="79" />
        <source>Idle limit</source>
        <translation>จำนวนวันที่ไม่มีความเคลื่อนไหวได้</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_stage_settings_dialog.py" line="80" />
        <source>Default</source>
        <translation>ค่าเริ่มต้น</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_stage_settings_dialog.py" line="80" />
        <source>In use</source>
        <translation>ใช้อยู่</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_stage_settings_dialog.py" line="92" />
        <location filename="../../salesapp/ui/opportunities/_stage_settings_dialog.py" line="150" />
        <source>Move up</source>
        <translation>เลื่อนขึ้น</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_stage_settings_dialog.py" line="93" />
        <location filename="../../salesapp/ui/opportunities/_stage_settings_dialog.py" line="151" />
        <source>Move down</source>
        <translation>เลื่อนลง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_stage_settings_dialog.py" line="94" />
        <source>Make default</source>
        <translation>ตั้งเป็นค่าเริ่มต้น</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_stage_settings_dialog.py" line="95" />
        <source>New opportunities start in the default stage</source>
        <translation>โอกาสทางการขายใหม่จะเริ่มที่ขั้นตอนเริ่มต้น</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_stage_settings_dialog.py" line="96" />
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_stage_settings_dialog.py" line="117" />
        <source>No limit</source>
        <translation>ไม่จำกัด</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_stage_settings_dialog.py" line="118" />
        <source> days</source>
        <translation> วัน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_stage_settings_dialog.py" line="119" />
        <source>An opportunity with no note, call or move for longer is marked stale</source>
        <translation>โอกาสทางการขายที่ไม่มีโน้ต การโทร หรือการย้ายขั้นตอนนานกว่านี้ จะถูกระบุว่าไม่มีความเคลื่อนไหว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_stage_settings_dialog.py" line="120" />
        <source>Save changes</source>
        <translation>บันทึกการแก้ไข</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_stage_settings_dialog.py" line="122" />
        <source>Add as a new stage</source>
        <translation>เพิ่มเป็นขั้นตอนใหม่</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_stage_settings_dialog.py" line="130" />
        <source>Idle limit:</source>
        <translation>จำนวนวันที่ไม่มีความเคลื่อนไหวได้:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_stage_settings_dialog.py" line="133" />
        <source>Name:</source>
        <translation>ชื่อ:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_stage_settings_dialog.py" line="134" />
        <source>Probability:</source>
        <translation>โอกาสสำเร็จ:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_stage_settings_dialog.py" line="144" />
        <source>Save reasons</source>
        <translation>บันทึกเหตุผล</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_stage_settings_dialog.py" line="147" />
        <source>A new reason</source>
        <translation>เหตุผลใหม่</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_stage_settings_dialog.py" line="148" />
        <source>Add</source>
        <translation>เพิ่ม</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_stage_settings_dialog.py" line="149" />
        <source>Remove</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_stage_settings_dialog.py" line="178" />
        <source>{0} days</source>
        <translation>{0} วัน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_stage_settings_dialog.py" line="236" />
        <source>Fixed at {0}% for the {1} stage</source>
        <translation>กำหนดไว้ที่ {0}% เสมอสำหรับขั้นตอน{1}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_stage_settings_dialog.py" line="270" />
        <source>Stage “{0}” saved.</source>
        <translation>บันทึกขั้นตอน “{0}” แล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_stage_settings_dialog.py" line="283" />
        <source>Stage “{0}” added.</source>
        <translation>เพิ่มขั้นตอน “{0}” แล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_stage_settings_dialog.py" line="290" />
        <source>Order saved.</source>
        <translation>บันทึกลำดับขั้นตอนแล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_stage_settings_dialog.py" line="299" />
        <source>New opportunities now start in “{0}”.</source>
        <translation>โอกาสทางการขายใหม่จะเริ่มที่ “{0}” แล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_stage_settings_dialog.py" line="309" />
        <source>Stage “{0}” deleted.</source>
        <translation>ลบขั้นตอน “{0}” แล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_stage_settings_dialog.py" line="334" />
        <source>Lost reasons saved.</source>
        <translation>บันทึกเหตุผลที่ไม่สำเร็จแล้ว</translation>
    </message>
</context>
<context>
    <name>SuccessDialog</name>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_dialogs.py" line="110" />
        <source>Upsell success on order {0}</source>
        <translation>อัพเซลสำเร็จ คำสั่งซื้อ {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_dialogs.py" line="127" />
        <source>Add to the order</source>
        <translation>เพิ่มในคำสั่งซื้อ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_dialogs.py" line="142" />
        <source>Original order</source>
        <translation>คำสั่งซื้อเดิม</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_dialogs.py" line="143" />
        <source>Upsell</source>
        <translation>อัพเซล</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_dialogs.py" line="144" />
        <source>Whole order</source>
        <translation>รวมทั้งคำสั่งซื้อ</translation>
    </message>
</context>
<context>
    <name>TagsEditor</name>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_tags.py" line="81" />
        <source>Upsell tags:</source>
        <translation>แท็กอัพเซล:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_tags.py" line="84" />
        <source>e.g. VIP, call in the evening</source>
        <translation>เช่น VIP, โทรช่วงเย็น</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_tags.py" line="86" />
        <source>Labels of this upsell case, separated by commas (at most {0})</source>
        <translation>แท็กของรายการอัพเซลนี้ คั่นด้วยจุลภาค (ไม่เกิน {0} แท็ก)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_tags.py" line="89" />
        <source>Save tags</source>
        <translation>บันทึกแท็ก</translation>
    </message>
</context>
<context>
    <name>ThumbnailStrip</name>
    <message>
        <location filename="../../salesapp/ui/widgets/image_thumbs.py" line="138" />
        <source>{0} — click to remove</source>
        <translation>{0} — คลิกเพื่อนำออก</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/image_thumbs.py" line="141" />
        <source>{0} — click to see it full size</source>
        <translation>{0} — คลิกเพื่อดูขนาดเต็ม</translation>
    </message>
</context>
<context>
    <name>UnexpectedErrorDialog</name>
    <message>
        <location filename="../../salesapp/ui/shared/unexpected_error.py" line="32" />
        <source>Something went wrong</source>
        <translation>เกิดข้อผิดพลาด</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/shared/unexpected_error.py" line="34" />
        <source>salesapp met an unexpected error. Your windows are still open with what you typed.</source>
        <translation>salesapp พบข้อผิดพลาดที่ไม่คาดคิด หน้าต่างทั้งหมดยังเปิดอยู่และข้อความที่คุณพิมพ์ไว้ยังอยู่ครบ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/shared/unexpected_error.py" line="37" />
        <source>Try again; if it happens again, copy the details for the person who supports your office. They are also in the log file: {0}</source>
        <translation>ลองทำอีกครั้ง หากยังเกิดขึ้นอีก ให้คัดลอกรายละเอียดส่งให้ผู้ดูแลระบบของสำนักงาน รายละเอียดนี้บันทึกไว้ในไฟล์บันทึกด้วย: {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/shared/unexpected_error.py" line="44" />
        <source>Copy details</source>
        <translation>คัดลอกรายละเอียด</translation>
    </message>
</context>
<context>
    <name>UnitsEditor</name>
    <message>
        <location filename="../../salesapp/ui/catalogue/_units_editor.py" line="59" />
        <source>Unit</source>
        <translation>หน่วย</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/_units_editor.py" line="59" />
        <source>Holds</source>
        <translation>บรรจุ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/_units_editor.py" line="59" />
        <source>Price</source>
        <translation>ราคา</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/_units_editor.py" line="59" />
        <source>Currency</source>
        <translation>สกุลเงิน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/_units_editor.py" line="63" />
        <source>How many base units this unit holds</source>
        <translation>หน่วยนี้บรรจุหน่วยฐานกี่หน่วย</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/_units_editor.py" line="78" />
        <source>Add unit</source>
        <translation>เพิ่มหน่วย</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/_units_editor.py" line="81" />
        <source>Remove unit</source>
        <translation>ลบหน่วย</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/_units_editor.py" line="84" />
        <source>Orders that have this unit keep it; it is no longer offered on new orders.</source>
        <translation>คำสั่งซื้อที่มีหน่วยนี้ยังคงเก็บไว้ แต่จะไม่แสดงในการเปิดบิลใหม่</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/_units_editor.py" line="116" />
        <source>e.g. bottle</source>
        <translation>เช่น ขวด</translation>
    </message>
</context>
<context>
    <name>Upsell</name>
    <message>
        <location filename="../../salesapp/ui/orders/_order_texts.py" line="62" />
        <location filename="../../salesapp/ui/upsell/upsell_labels.py" line="15" />
        <source>Pending</source>
        <translation>รอดำเนินการ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_texts.py" line="63" />
        <location filename="../../salesapp/ui/upsell/upsell_labels.py" line="16" />
        <location filename="../../salesapp/ui/upsell/upsell_labels.py" line="48" />
        <source>Assigned</source>
        <translation>มอบหมายแล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_texts.py" line="64" />
        <location filename="../../salesapp/ui/upsell/upsell_labels.py" line="17" />
        <source>Follow-up</source>
        <translation>ติดตาม</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_texts.py" line="65" />
        <location filename="../../salesapp/ui/upsell/upsell_labels.py" line="18" />
        <source>Success</source>
        <translation>สำเร็จ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_texts.py" line="66" />
        <location filename="../../salesapp/ui/upsell/upsell_labels.py" line="19" />
        <source>Failed</source>
        <translation>ไม่สำเร็จ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_texts.py" line="67" />
        <location filename="../../salesapp/ui/upsell/upsell_labels.py" line="20" />
        <source>Skipped</source>
        <translation>ข้าม</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/order_labels.py" line="29" />
        <source>Cash on delivery</source>
        <translation>เก็บเงินปลายทาง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/order_labels.py" line="30" />
        <source>Bank transfer</source>
        <translation>โอนเงินผ่านธนาคาร</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/order_labels.py" line="31" />
        <source>PromptPay / QR</source>
        <translation>พร้อมเพย์ / QR</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/order_labels.py" line="32" />
        <source>Card</source>
        <translation>บัตร</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_labels.py" line="33" />
        <source>matched the upsell rules</source>
        <translation>ตรงตามเงื่อนไขอัพเซล</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_labels.py" line="34" />
        <source>selected by hand</source>
        <translation>เลือกเอง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_labels.py" line="37" />
        <source>Customer not interested</source>
        <translation>ลูกค้าไม่สนใจ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_labels.py" line="38" />
        <source>Customer could not be reached</source>
        <translation>ติดต่อลูกค้าไม่ได้</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_labels.py" line="39" />
        <source>Price too high</source>
        <translation>ราคาสูงเกินไป</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_labels.py" line="40" />
        <source>Customer already has enough</source>
        <translation>ลูกค้ามีสินค้าพอแล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_labels.py" line="41" />
        <source>Other</source>
        <translation>อื่น ๆ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_labels.py" line="42" />
        <source>No time before the shipping round</source>
        <translation>ไม่ทันรอบจัดส่ง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_labels.py" line="43" />
        <source>Customer asked not to be called</source>
        <translation>ลูกค้าขอไม่ให้โทร</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_labels.py" line="44" />
        <source>Order not suitable for upsell</source>
        <translation>คำสั่งซื้อไม่เหมาะกับการอัพเซล</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_labels.py" line="47" />
        <source>Queued</source>
        <translation>เข้าคิว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_labels.py" line="49" />
        <source>Given back</source>
        <translation>ย้อนกลับ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_labels.py" line="50" />
        <source>Status changed</source>
        <translation>เปลี่ยนสถานะ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_labels.py" line="51" />
        <source>Note added</source>
        <translation>เพิ่มโน้ต</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_labels.py" line="52" />
        <source>Note deleted</source>
        <translation>ลบโน้ต</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_labels.py" line="53" />
        <source>Note pinned</source>
        <translation>ปักหมุดโน้ต</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_labels.py" line="54" />
        <source>Note unpinned</source>
        <translation>เลิกปักหมุดโน้ต</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_labels.py" line="55" />
        <source>Call</source>
        <translation>โทร</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_labels.py" line="56" />
        <source>Tag added</source>
        <translation>ติดแท็ก</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_labels.py" line="57" />
        <source>Tag removed</source>
        <translation>นำแท็กออก</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_labels.py" line="58" />
        <source>Created</source>
        <translation>สร้าง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_labels.py" line="59" />
        <source>Changed</source>
        <translation>แก้ไข</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_labels.py" line="62" />
        <source>status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_labels.py" line="63" />
        <source>assigned to</source>
        <translation>มอบหมายให้</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_labels.py" line="64" />
        <source>reason</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_labels.py" line="65" />
        <source>next call</source>
        <translation>โทรครั้งถัดไป</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_labels.py" line="66" />
        <source>upsell amount</source>
        <translation>ยอดอัพเซล</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_labels.py" line="67" />
        <source>length</source>
        <translation>ระยะเวลา</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_labels.py" line="68" />
        <source>started</source>
        <translation>เริ่ม</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_labels.py" line="69" />
        <source>ended</source>
        <translation>สิ้นสุด</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_labels.py" line="70" />
        <source>pinned</source>
        <translation>ปักหมุด</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_labels.py" line="71" />
        <source>images</source>
        <translation>รูปภาพ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_labels.py" line="72" />
        <source>tags</source>
        <translation>แท็ก</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_labels.py" line="74" />
        <source>no</source>
        <translation>ไม่</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_labels.py" line="74" />
        <source>yes</source>
        <translation>ใช่</translation>
    </message>
</context>
<context>
    <name>UpsellCasePane</name>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_case_pane.py" line="120" />
        <source>Follow-up…</source>
        <translation>ติดตาม…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_case_pane.py" line="121" />
        <source>Success…</source>
        <translation>สำเร็จ…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_case_pane.py" line="122" />
        <source>Failed…</source>
        <translation>ไม่สำเร็จ…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_case_pane.py" line="123" />
        <source>Skip…</source>
        <translation>ข้าม…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_case_pane.py" line="130" />
        <source>Give back…</source>
        <translation>ย้อนกลับ…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_case_pane.py" line="131" />
        <source>Return the case to Pending for someone else</source>
        <translation>ขอคืนรายการไปที่รอดำเนินการ เพื่อให้คนอื่นรับไปทำ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_case_pane.py" line="143" />
        <source>Case</source>
        <translation>รายการ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_case_pane.py" line="144" />
        <source>Notes</source>
        <translation>โน้ต</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_case_pane.py" line="145" />
        <source>History</source>
        <translation>ประวัติการทำรายการ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_case_pane.py" line="148" />
        <source>Select a case in the list, or press Request work.</source>
        <translation>เลือกรายการในตาราง หรือกด ส่งคำขอทำรายการ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_case_pane.py" line="166" />
        <source>Customer</source>
        <translation>ลูกค้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_case_pane.py" line="169" />
        <source>Order</source>
        <translation>คำสั่งซื้อ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_case_pane.py" line="193" />
        <source>When</source>
        <translation>เวลา</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_case_pane.py" line="193" />
        <source>Who</source>
        <translation>ผู้ดำเนินการ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_case_pane.py" line="193" />
        <source>What</source>
        <translation>การดำเนินการ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_case_pane.py" line="193" />
        <source>Details</source>
        <translation>รายละเอียด</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_case_pane.py" line="197" />
        <source>Started</source>
        <translation>เริ่ม</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_case_pane.py" line="197" />
        <source>Ended</source>
        <translation>สิ้นสุด</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_case_pane.py" line="197" />
        <source>Length</source>
        <translation>ระยะเวลา</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_case_pane.py" line="197" />
        <source>Staff</source>
        <translation>พนักงาน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_case_pane.py" line="239" />
        <source>Order {0} · {1}</source>
        <translation>คำสั่งซื้อ {0} · {1}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_case_pane.py" line="243" />
        <source>assigned to {0}</source>
        <translation>มอบหมายให้ {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_case_pane.py" line="245" />
        <source>since {0}</source>
        <translation>ตั้งแต่ {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_case_pane.py" line="247" />
        <source>not assigned</source>
        <translation>ยังไม่ได้มอบหมาย</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_case_pane.py" line="251" />
        <source>next call {0}</source>
        <translation>โทรครั้งถัดไป {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_case_pane.py" line="288" />
        <source>Customer: {0}</source>
        <translation>ลูกค้า: {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_case_pane.py" line="292" />
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_case_pane.py" line="293" />
        <source>E-mail</source>
        <translation>อีเมล</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_case_pane.py" line="294" />
        <source>Address</source>
        <translation>ที่อยู่</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_case_pane.py" line="295" />
        <source>Channel</source>
        <translation>ช่องทาง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_case_pane.py" line="296" />
        <source>Customer tags</source>
        <translation>แท็กลูกค้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_case_pane.py" line="302" />
        <source>Order {0}</source>
        <translation>คำสั่งซื้อ {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_case_pane.py" line="306" />
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_case_pane.py" line="307" />
        <source>Ordered</source>
        <translation>วันที่สั่งซื้อ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_case_pane.py" line="308" />
        <source>Pack by</source>
        <translation>วันที่คาดว่าจะแพ็ค</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_case_pane.py" line="309" />
        <source>Carrier</source>
        <translation>ขนส่ง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_case_pane.py" line="310" />
        <source>Payment</source>
        <translation>วิธีการชำระเงิน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_case_pane.py" line="311" />
        <source>Order tags</source>
        <translation>แท็กคำสั่งซื้อ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_case_pane.py" line="312" />
        <source>In the queue</source>
        <translation>เข้าคิวเมื่อ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_case_pane.py" line="327" />
        <source>Added by upsell</source>
        <translation>เพิ่มจากการอัพเซล</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_case_pane.py" line="340" />
        <source>Original order</source>
        <translation>คำสั่งซื้อเดิม</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_case_pane.py" line="342" />
        <source>Upsell</source>
        <translation>อัพเซล</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_case_pane.py" line="344" />
        <source>Whole order</source>
        <translation>รวมทั้งคำสั่งซื้อ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_case_pane.py" line="371" />
        <source>in progress</source>
        <translation>กำลังโทร</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_case_pane.py" line="378" />
        <source>Calls: {0}, {1} in all</source>
        <translation>โทร {0} ครั้ง รวม {1}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_case_pane.py" line="380" />
        <source>No calls yet.</source>
        <translation>ยังไม่มีการโทร</translation>
    </message>
</context>
<context>
    <name>UpsellManagerForms</name>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_manager.py" line="57" />
        <source>Select pending cases in the list first.</source>
        <translation>กรุณาเลือกรายการที่รอดำเนินการในตารางก่อน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_manager.py" line="65" />
        <source>%Ln case(s) assigned.</source>
        <translation>มอบหมายแล้ว %Ln รายการ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_manager.py" line="87" />
        <source>%Ln order(s) put into Pending.</source>
        <translation>เพิ่ม %Ln คำสั่งซื้อเข้ารอดำเนินการแล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_manager.py" line="114" />
        <source>Upsell settings saved.</source>
        <translation>บันทึกการตั้งค่าอัพเซลแล้ว</translation>
    </message>
</context>
<context>
    <name>UpsellNotesPanel</name>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_notes.py" line="153" />
        <source>No notes on this case yet.</source>
        <translation>รายการนี้ยังไม่มีโน้ต</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_notes.py" line="163" />
        <source>A note on this upsell call (not on the order)…</source>
        <translation>โน้ตของการโทรอัพเซลนี้ (ไม่ใช่ของคำสั่งซื้อ)…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_notes.py" line="165" />
        <source>Attach images…</source>
        <translation>แนบรูปภาพ…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_notes.py" line="167" />
        <source>PNG or JPEG, up to {0} images of at most {1} MB each</source>
        <translation>PNG หรือ JPEG ได้ไม่เกิน {0} รูป รูปละไม่เกิน {1} MB</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_notes.py" line="177" />
        <source>Save note</source>
        <translation>บันทึกโน้ต</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_notes.py" line="225" />
        <source>Attach images</source>
        <translation>แนบรูปภาพ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_notes.py" line="225" />
        <source>Images (*.png *.jpg *.jpeg);;All files (*)</source>
        <translation>รูปภาพ (*.png *.jpg *.jpeg);;ไฟล์ทั้งหมด (*)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_notes.py" line="279" />
        <source>{0} of {1} images attached</source>
        <translation>แนบรูปภาพแล้ว {0} จาก {1} รูป</translation>
    </message>
</context>
<context>
    <name>UpsellSettingsDialog</name>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_settings_dialog.py" line="82" />
        <source>Upsell settings</source>
        <translation>การตั้งค่าอัพเซล</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_settings_dialog.py" line="88" />
        <source>Rules</source>
        <translation>เงื่อนไข</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_settings_dialog.py" line="89" />
        <source>Handing out work</source>
        <translation>การแจกงาน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_settings_dialog.py" line="95" />
        <source>Failure reasons</source>
        <translation>เหตุผลที่ไม่สำเร็จ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_settings_dialog.py" line="96" />
        <source>Skip reasons</source>
        <translation>เหตุผลที่ข้าม</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_settings_dialog.py" line="101" />
        <source>Reasons</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_settings_dialog.py" line="110" />
        <source>Put new orders into Pending automatically</source>
        <translation>เพิ่มคำสั่งซื้อใหม่เข้ารอดำเนินการโดยอัตโนมัติ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_settings_dialog.py" line="113" />
        <source>A new order enters the queue when it matches every kind of condition set below (any of the values within a kind). With no condition set, every new order enters.</source>
        <translation>คำสั่งซื้อใหม่จะเข้าคิวเมื่อตรงกับเงื่อนไขทุกประเภทที่ตั้งไว้ด้านล่าง (ในแต่ละประเภท ตรงกับค่าใดค่าหนึ่งก็พอ) หากไม่ได้ตั้งเงื่อนไขใดไว้ คำสั่งซื้อใหม่ทุกรายการจะเข้าคิว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_settings_dialog.py" line="132" />
        <source>Channels:</source>
        <translation>ช่องทาง:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_settings_dialog.py" line="142" />
        <source>any</source>
        <translation>ไม่กำหนด</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_settings_dialog.py" line="147" />
        <source>from</source>
        <translation>ตั้งแต่</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_settings_dialog.py" line="149" />
        <source>to</source>
        <translation>ถึง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_settings_dialog.py" line="153" />
        <source>Order total:</source>
        <translation>ยอดรวมคำสั่งซื้อ:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_settings_dialog.py" line="166" />
        <source>Payment:</source>
        <translation>วิธีการชำระเงิน:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_settings_dialog.py" line="169" />
        <source>Find a product</source>
        <translation>ค้นหาสินค้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_settings_dialog.py" line="178" />
        <source>Products:</source>
        <translation>สินค้า:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_settings_dialog.py" line="180" />
        <source>Product categories, separated by commas</source>
        <translation>หมวดหมู่สินค้า คั่นด้วยจุลภาค</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_settings_dialog.py" line="185" />
        <source>Choose</source>
        <translation>เลือก</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_settings_dialog.py" line="186" />
        <source>The categories of the product catalogue</source>
        <translation>หมวดหมู่จากแคตตาล็อกสินค้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_settings_dialog.py" line="193" />
        <source>or categories:</source>
        <translation>หรือหมวดหมู่:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_settings_dialog.py" line="195" />
        <source>Order tags, separated by commas</source>
        <translation>แท็กคำสั่งซื้อ คั่นด้วยจุลภาค</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_settings_dialog.py" line="196" />
        <source>Order tags:</source>
        <translation>แท็กคำสั่งซื้อ:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_settings_dialog.py" line="211" />
        <source>Cases per “Request work”:</source>
        <translation>จำนวนรายการต่อการ “ส่งคำขอทำรายการ”:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_settings_dialog.py" line="212" />
        <source>Most open cases one person may hold:</source>
        <translation>จำนวนรายการค้างสูงสุดต่อคน:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_settings_dialog.py" line="214" />
        <source>Request work hands out the oldest pending cases first, never beyond the most a person may hold (assigned and follow-up cases count).</source>
        <translation>การส่งคำขอทำรายการจะแจกรายการที่รอดำเนินการที่เก่าที่สุดก่อน และไม่เกินจำนวนสูงสุดที่แต่ละคนถือได้ (นับรวมรายการที่มอบหมายแล้วและที่ติดตาม)</translation>
    </message>
</context>
<context>
    <name>UpsellToolbar</name>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_toolbar.py" line="73" />
        <source>Request work</source>
        <translation>ส่งคำขอทำรายการ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_toolbar.py" line="75" />
        <source>Take the oldest pending cases, as many as the settings allow</source>
        <translation>รับรายการที่รอดำเนินการที่เก่าที่สุด ตามจำนวนที่การตั้งค่ากำหนด</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_toolbar.py" line="79" />
        <source>Assign…</source>
        <translation>มอบหมายให้พนักงาน…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_toolbar.py" line="80" />
        <source>Assign the selected pending cases to a staff member</source>
        <translation>มอบหมายรายการที่รอดำเนินการที่เลือกให้พนักงาน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_toolbar.py" line="81" />
        <source>Select orders into upsell…</source>
        <translation>เลือกคำสั่งซื้อเข้าอัพเซล…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_toolbar.py" line="82" />
        <source>Settings…</source>
        <translation>การตั้งค่า…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_toolbar.py" line="84" />
        <source>Dialling</source>
        <translation>การโทรออก</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_toolbar.py" line="85" />
        <source>How Start call dials the customer from this computer</source>
        <translation>วิธีที่ปุ่ม เริ่มโทร โทรหาลูกค้าจากคอมพิวเตอร์เครื่องนี้</translation>
    </message>
</context>
<context>
    <name>UpsellView</name>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_view.py" line="82" />
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_view.py" line="84" />
        <source>Order</source>
        <translation>คำสั่งซื้อ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_view.py" line="85" />
        <source>Customer</source>
        <translation>ลูกค้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_view.py" line="86" />
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_view.py" line="87" />
        <source>Total</source>
        <translation>ยอดรวม</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_view.py" line="88" />
        <source>Upsell</source>
        <translation>ยอดอัพเซล</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_view.py" line="89" />
        <source>Assigned to</source>
        <translation>มอบหมายให้</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_view.py" line="90" />
        <source>Queued</source>
        <translation>เข้าคิวเมื่อ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_view.py" line="91" />
        <source>Next call</source>
        <translation>โทรครั้งถัดไป</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_view.py" line="92" />
        <source>Reason</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_view.py" line="93" />
        <source>Channel</source>
        <translation>ช่องทาง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_view.py" line="94" />
        <source>Tags</source>
        <translation>แท็ก</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_view.py" line="188" />
        <source>%Ln case(s)</source>
        <translation>%Ln รายการ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_view.py" line="208" />
        <source>Assigned to {0}</source>
        <translation>มอบหมายให้ {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_view.py" line="211" />
        <source>{0} calls, {1} notes</source>
        <translation>โทร {0} ครั้ง, โน้ต {1} รายการ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_view.py" line="348" />
        <source>You received {0} cases. They are in the Assigned tab.</source>
        <translation>คุณได้รับ {0} รายการ ดูได้ในแท็บ มอบหมายแล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_view.py" line="354" />
        <source>No pending cases are waiting. Well done!</source>
        <translation>ไม่มีรายการรอดำเนินการแล้ว เยี่ยมมาก!</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_view.py" line="382" />
        <source>Follow-up saved.</source>
        <translation>บันทึกการติดตามแล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_view.py" line="395" />
        <source>Success: the products were added to the order.</source>
        <translation>สำเร็จ: เพิ่มสินค้าในคำสั่งซื้อแล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_view.py" line="401" />
        <source>Failed: order {0}</source>
        <translation>ไม่สำเร็จ: คำสั่งซื้อ {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_view.py" line="402" />
        <source>Why did the upsell not work out?</source>
        <translation>ทำไมการอัพเซลจึงไม่สำเร็จ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_view.py" line="408" />
        <source>Marked as failed.</source>
        <translation>บันทึกเป็นไม่สำเร็จแล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_view.py" line="414" />
        <source>Skip: order {0}</source>
        <translation>ข้าม: คำสั่งซื้อ {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_view.py" line="415" />
        <source>Skipping releases a confirmed order to shipping without an upsell call.</source>
        <translation>การข้ามจะปล่อยคำสั่งซื้อที่ยืนยันแล้วไปจัดส่ง โดยไม่ต้องโทรอัพเซล</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_view.py" line="422" />
        <source>Skipped; the order is released to shipping.</source>
        <translation>ข้ามแล้ว ปล่อยคำสั่งซื้อไปจัดส่งแล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_view.py" line="437" />
        <source>Give back</source>
        <translation>ย้อนกลับ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_view.py" line="438" />
        <source>Give order {0} back to Pending for someone else to call?</source>
        <translation>ขอคืนคำสั่งซื้อ {0} ไปที่รอดำเนินการ เพื่อให้คนอื่นโทรใช่ไหม</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_view.py" line="446" />
        <source>Given back to Pending.</source>
        <translation>คืนรายการไปที่รอดำเนินการแล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_view.py" line="470" />
        <source>Call started.</source>
        <translation>เริ่มโทรแล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_view.py" line="481" />
        <source>Call saved in the call history.</source>
        <translation>บันทึกการโทรในประวัติการโทรแล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_view.py" line="497" />
        <source>Note saved.</source>
        <translation>บันทึกโน้ตแล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_view.py" line="505" />
        <source>Note pinned to the top.</source>
        <translation>ปักหมุดโน้ตไว้ด้านบนแล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_view.py" line="505" />
        <source>Note unpinned.</source>
        <translation>เลิกปักหมุดโน้ตแล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_view.py" line="518" />
        <source>Delete note</source>
        <translation>ลบโน้ต</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_view.py" line="519" />
        <source>Delete this note by {0}?</source>
        <translation>ลบโน้ตนี้ของ {0} ใช่ไหม</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_view.py" line="524" />
        <source>It will no longer be shown; the case's history keeps a record of it.</source>
        <translation>โน้ตจะไม่แสดงอีก แต่ประวัติการทำรายการจะยังเก็บบันทึกไว้</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_view.py" line="531" />
        <source>Note deleted.</source>
        <translation>ลบโน้ตแล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_view.py" line="554" />
        <source>Tags saved.</source>
        <translation>บันทึกแท็กแล้ว</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../salesapp/app.py" line="158" />
        <source>This database is new: create its first administrator.</source>
        <translation>ฐานข้อมูลนี้ยังใหม่ กรุณาสร้างผู้ดูแลระบบคนแรก</translation>
    </message>
    <message>
        <location filename="../../salesapp/db/backup/restore_load.py" line="39" />
        <source>The backup holds a table “{table}” that this version of salesapp does not have. Nothing was written.</source>
        <translation>ข้อมูลสำรองมีตาราง “{table}” ที่ salesapp รุ่นนี้ไม่มี ไม่ได้เขียนอะไรลงไป</translation>
    </message>
    <message>
        <location filename="../../salesapp/db/backup/restore_load.py" line="42" />
        <source>The backup's table “{table}” has a column “{column}” that this version of salesapp does not have. Nothing was written.</source>
        <translation>ตาราง “{table}” ในข้อมูลสำรองมีคอลัมน์ “{column}” ที่ salesapp รุ่นนี้ไม่มี ไม่ได้เขียนอะไรลงไป</translation>
    </message>
    <message>
        <location filename="../../salesapp/db/backup/restore_load.py" line="46" />
        <source>The restored table “{table}” does not match the backup ({rows} rows restored, {expected} in the backup). Nothing was kept.</source>
        <translation>ตาราง “{table}” ที่กู้คืนไม่ตรงกับข้อมูลสำรอง (กู้คืน {rows} แถว ในข้อมูลสำรองมี {expected} แถว) ไม่ได้เก็บอะไรไว้</translation>
    </message>
    <message>
        <location filename="../../salesapp/db/backup/restore_load.py" line="50" />
        <source>The backup's rows refer to rows that are not in it (table “{table}”). Nothing was kept.</source>
        <translation>แถวในข้อมูลสำรองอ้างถึงแถวที่ไม่มีอยู่ในข้อมูลสำรอง (ตาราง “{table}”) ไม่ได้เก็บอะไรไว้</translation>
    </message>
    <message>
        <location filename="../../salesapp/db/backup/schema.py" line="25" />
        <source>The database {target} holds tables of another program: a backup is only restored into a new, empty database. Nothing was written.</source>
        <translation>ฐานข้อมูล {target} มีตารางของโปรแกรมอื่นอยู่ ข้อมูลสำรองกู้คืนได้เฉพาะลงฐานข้อมูลใหม่ที่ว่างเปล่าเท่านั้น ไม่ได้เขียนอะไรลงไป</translation>
    </message>
    <message>
        <location filename="../../salesapp/db/backup/schema.py" line="29" />
        <source>The database {target} was already prepared by salesapp for a newer schema ({found}) than the backup's ({version}): restore into a database with no tables (a new file, or a new database on the server). Nothing was written.</source>
        <translation>ฐานข้อมูล {target} ถูก salesapp เตรียมไว้สำหรับโครงสร้างรุ่นใหม่กว่า ({found}) ของข้อมูลสำรอง ({version}) แล้ว ให้กู้คืนลงฐานข้อมูลที่ยังไม่มีตาราง (ไฟล์ใหม่ หรือฐานข้อมูลใหม่บนเซิร์ฟเวอร์) ไม่ได้เขียนอะไรลงไป</translation>
    </message>
    <message>
        <location filename="../../salesapp/db/connection.py" line="132" />
        <source>The database {path} is read-only: salesapp needs to write to it.</source>
        <translation>ฐานข้อมูล {path} เป็นแบบอ่านอย่างเดียว แต่ salesapp ต้องบันทึกข้อมูลลงไปได้</translation>
    </message>
    <message>
        <location filename="../../salesapp/db/connection.py" line="135" />
        <location filename="../../salesapp/db/connection.py" line="138" />
        <location filename="../../salesapp/db/sqlite_file.py" line="255" />
        <location filename="../../salesapp/db/sqlite_file.py" line="269" />
        <location filename="../../salesapp/db/sqlite_file.py" line="322" />
        <source>The database cannot be opened: {detail}</source>
        <translation>เปิดฐานข้อมูลไม่ได้: {detail}</translation>
    </message>
    <message>
        <location filename="../../salesapp/db/migrations/__init__.py" line="122" />
        <source>This database was created by a newer version of salesapp (schema {found}, this app knows {latest}). Install the newer salesapp; the database was not changed.</source>
        <translation>ฐานข้อมูลนี้สร้างโดย salesapp เวอร์ชันที่ใหม่กว่า (สคีมา {found} แต่โปรแกรมนี้รู้จักถึง {latest}) กรุณาติดตั้ง salesapp เวอร์ชันใหม่ ฐานข้อมูลยังไม่ถูกแก้ไขใด ๆ</translation>
    </message>
    <message>
        <location filename="../../salesapp/db/pg_security.py" line="83" />
        <source>This database needs an update that only an administrator can run: ask an administrator to start salesapp, or to run `salesapp migrate`.</source>
        <translation>ฐานข้อมูลนี้ต้องได้รับการอัปเดตซึ่งผู้ดูแลระบบเท่านั้นที่ทำได้: โปรดขอให้ผู้ดูแลระบบเปิด salesapp หรือรัน `salesapp migrate`</translation>
    </message>
    <message>
        <location filename="../../salesapp/db/pg_security.py" line="117" />
        <source>Updating this database needs an account that may create roles (the server's superuser, for example): run `salesapp migrate --db postgresql://postgres@host/database` once.</source>
        <translation>การอัปเดตฐานข้อมูลนี้ต้องใช้บัญชีที่สร้างบทบาทได้ (เช่น ผู้ดูแลสูงสุดของเซิร์ฟเวอร์): ให้รัน `salesapp migrate --db postgresql://postgres@host/database` หนึ่งครั้ง</translation>
    </message>
    <message>
        <location filename="../../salesapp/db/pg_session.py" line="26" />
        <source>The connection to the database server {server} was lost: nothing was saved. salesapp is reconnecting; try again in a moment.</source>
        <translation>การเชื่อมต่อกับเซิร์ฟเวอร์ฐานข้อมูล {server} ขาดหาย: ยังไม่มีการบันทึกสิ่งใด salesapp กำลังเชื่อมต่อใหม่ โปรดลองอีกครั้งในอีกสักครู่</translation>
    </message>
    <message>
        <location filename="../../salesapp/db/pg_session.py" line="30" />
        <source>The connection to the database server {server} was lost while saving: the change may or may not have been saved. Once the connection is back, check before saving it again.</source>
        <translation>การเชื่อมต่อกับเซิร์ฟเวอร์ฐานข้อมูล {server} ขาดหายระหว่างบันทึก: การเปลี่ยนแปลงอาจถูกบันทึกแล้วหรือยังไม่ถูกบันทึกก็ได้ เมื่อเชื่อมต่อได้อีกครั้ง โปรดตรวจสอบก่อนบันทึกซ้ำ</translation>
    </message>
    <message>
        <location filename="../../salesapp/db/pg_session.py" line="174" />
        <source>The server {server} refused the user name or password.</source>
        <translation>เซิร์ฟเวอร์ {server} ไม่ยอมรับชื่อผู้ใช้หรือรหัสผ่าน</translation>
    </message>
    <message>
        <location filename="../../salesapp/db/pg_session.py" line="177" />
        <source>The server has no database “{name}”.</source>
        <translation>ไม่มีฐานข้อมูล “{name}” บนเซิร์ฟเวอร์</translation>
    </message>
    <message>
        <location filename="../../salesapp/db/pg_session.py" line="180" />
        <source>The database server {server} cannot be reached: {detail}</source>
        <translation>เชื่อมต่อเซิร์ฟเวอร์ฐานข้อมูล {server} ไม่ได้: {detail}</translation>
    </message>
    <message>
        <location filename="../../salesapp/db/sqlite_file.py" line="60" />
        <source>The disk that holds the database {path} is full (or cannot be written): nothing was saved. Free some space on it, then try again.</source>
        <translation>ดิสก์ที่เก็บฐานข้อมูล {path} เต็ม (หรือเขียนไม่ได้): ยังไม่มีการบันทึกสิ่งใด โปรดเพิ่มพื้นที่ว่างบนดิสก์ แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../../salesapp/db/sqlite_file.py" line="64" />
        <source>The database {path} is damaged: salesapp cannot use it. Close salesapp, keep the damaged file aside and put the newest copy from the backups folder {folder} in its place.</source>
        <translation>ฐานข้อมูล {path} เสียหาย: salesapp ใช้งานไม่ได้ โปรดปิด salesapp เก็บไฟล์ที่เสียหายแยกไว้ แล้วนำสำเนาล่าสุดจากโฟลเดอร์สำรองข้อมูล {folder} มาวางแทน</translation>
    </message>
    <message>
        <location filename="../../salesapp/db/sqlite_file.py" line="68" />
        <source>The database {path} is damaged: salesapp cannot use it, and there is no copy in the backups folder {folder}. Keep the file as it is and ask for help: part of the data may be recoverable.</source>
        <translation>ฐานข้อมูล {path} เสียหาย: salesapp ใช้งานไม่ได้ และไม่มีสำเนาในโฟลเดอร์สำรองข้อมูล {folder} โปรดเก็บไฟล์ไว้ตามเดิมและขอความช่วยเหลือ ข้อมูลบางส่วนอาจกู้คืนได้</translation>
    </message>
    <message>
        <location filename="../../salesapp/db/sqlite_file.py" line="72" />
        <source>{path} is an empty file (0 bytes): salesapp does not open it, so that it does not silently become a new, empty database. For a new database choose another file name; if your data was in it, put a copy from the backups folder {folder} in its place.</source>
        <translation>{path} เป็นไฟล์ว่าง (0 ไบต์): salesapp จะไม่เปิดไฟล์นี้ เพื่อไม่ให้กลายเป็นฐานข้อมูลใหม่ที่ว่างเปล่าโดยไม่รู้ตัว หากต้องการฐานข้อมูลใหม่ โปรดเลือกชื่อไฟล์อื่น หากข้อมูลของคุณเคยอยู่ในไฟล์นี้ โปรดนำสำเนาจากโฟลเดอร์สำรองข้อมูล {folder} มาวางแทน</translation>
    </message>
    <message>
        <location filename="../../salesapp/db/sqlite_file.py" line="77" />
        <source>{path} is not a salesapp database (it is not an SQLite file).</source>
        <translation>{path} ไม่ใช่ฐานข้อมูลของ salesapp (ไม่ใช่ไฟล์ SQLite)</translation>
    </message>
    <message>
        <location filename="../../salesapp/db/sqlite_file.py" line="78" />
        <source>salesapp may not open the folder {folder}, so it cannot reach {path}. Ask the computer's administrator for access to that folder, or choose another place.</source>
        <translation>salesapp ไม่มีสิทธิ์เปิดโฟลเดอร์ {folder} จึงเข้าถึง {path} ไม่ได้ โปรดขอสิทธิ์เข้าถึงโฟลเดอร์นั้นจากผู้ดูแลเครื่อง หรือเลือกตำแหน่งอื่น</translation>
    </message>
    <message>
        <location filename="../../salesapp/db/sqlite_file.py" line="196" />
        <source>{path} is on a network share. SQLite files are not safe on shared folders: several desktops would damage it. Use a PostgreSQL server to share data.</source>
        <translation>{path} อยู่ในโฟลเดอร์แชร์บนเครือข่าย ไฟล์ SQLite ไม่ปลอดภัยเมื่ออยู่ในโฟลเดอร์แชร์ เพราะหากหลายเครื่องใช้พร้อมกันไฟล์จะเสียหาย หากต้องการใช้ข้อมูลร่วมกัน กรุณาใช้เซิร์ฟเวอร์ PostgreSQL</translation>
    </message>
    <message>
        <location filename="../../salesapp/db/sqlite_file.py" line="205" />
        <source>There is no database file at {path}.</source>
        <translation>ไม่พบไฟล์ฐานข้อมูลที่ {path}</translation>
    </message>
    <message>
        <location filename="../../salesapp/db/sqlite_file.py" line="209" />
        <source>The folder {folder} is read-only: salesapp needs to write its database there.</source>
        <translation>โฟลเดอร์ {folder} เป็นแบบอ่านอย่างเดียว แต่ salesapp ต้องบันทึกฐานข้อมูลไว้ในโฟลเดอร์นี้</translation>
    </message>
    <message>
        <location filename="../../salesapp/db/sqlite_file.py" line="296" />
        <source>The folder {folder} cannot be created: {detail}</source>
        <translation>สร้างโฟลเดอร์ {folder} ไม่ได้: {detail}</translation>
    </message>
    <message>
        <location filename="../../salesapp/db/sqlite_file.py" line="342" />
        <source>{path} is an SQLite file of another program, not a salesapp database.</source>
        <translation>{path} เป็นไฟล์ SQLite ของโปรแกรมอื่น ไม่ใช่ฐานข้อมูลของ salesapp</translation>
    </message>
    <message>
        <location filename="../../salesapp/db/url.py" line="53" />
        <source>The database address “{url}” names no file.</source>
        <translation>ที่อยู่ฐานข้อมูล “{url}” ไม่ได้ระบุไฟล์</translation>
    </message>
    <message>
        <location filename="../../salesapp/db/url.py" line="57" />
        <source>The database address “{url}” names no database.</source>
        <translation>ที่อยู่ฐานข้อมูล “{url}” ไม่ได้ระบุชื่อฐานข้อมูล</translation>
    </message>
    <message>
        <location filename="../../salesapp/db/url.py" line="68" />
        <source>“{url}” is not a database address: use sqlite:///path or postgresql://user@host/database.</source>
        <translation>“{url}” ไม่ใช่ที่อยู่ฐานข้อมูล กรุณาใช้รูปแบบ sqlite:///path หรือ postgresql://user@host/database</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/backup.py" line="30" />
        <source>{path} is not a salesapp backup file. Nothing was written.</source>
        <translation>{path} ไม่ใช่ไฟล์ข้อมูลสำรองของ salesapp ไม่ได้เขียนอะไรลงไป</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/backup.py" line="31" />
        <source>The backup file {path} is damaged (cut short or changed after it was written): it cannot be restored. Nothing was written. Use another backup file.</source>
        <translation>ไฟล์ข้อมูลสำรอง {path} เสียหาย (ขาดหายไปบางส่วน หรือถูกแก้ไขหลังจากเขียนเสร็จ) จึงกู้คืนไม่ได้ ไม่ได้เขียนอะไรลงไป กรุณาใช้ไฟล์ข้อมูลสำรองอื่น</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/backup.py" line="35" />
        <source>The backup {path} was made by a newer version of salesapp (schema {found}; this app knows {latest}). Install the newer salesapp to restore it. Nothing was written.</source>
        <translation>ข้อมูลสำรอง {path} สร้างโดย salesapp รุ่นที่ใหม่กว่า (โครงสร้าง {found} แต่แอปนี้รู้จักถึง {latest}) กรุณาติดตั้ง salesapp รุ่นใหม่เพื่อกู้คืน ไม่ได้เขียนอะไรลงไป</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/backup.py" line="39" />
        <source>The database {target} already holds data: a backup is only restored into a new, empty database. Choose a new file, or a new database on the server. Nothing was written.</source>
        <translation>ฐานข้อมูล {target} มีข้อมูลอยู่แล้ว ข้อมูลสำรองกู้คืนได้เฉพาะลงฐานข้อมูลใหม่ที่ว่างเปล่าเท่านั้น กรุณาเลือกไฟล์ใหม่ หรือฐานข้อมูลใหม่บนเซิร์ฟเวอร์ ไม่ได้เขียนอะไรลงไป</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/backup.py" line="43" />
        <source>Cancelled: nothing was kept.</source>
        <translation>ยกเลิกแล้ว ไม่ได้เก็บอะไรไว้</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/catalogue.py" line="41" />
        <source>The SKU “{sku}” is already used by “{name}”. Each product needs its own SKU.</source>
        <translation>รหัสสินค้า “{sku}” ถูกใช้แล้วกับ “{name}” สินค้าแต่ละรายการต้องมีรหัสของตัวเอง</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/catalogue.py" line="148" />
        <source>Type the product's SKU.</source>
        <translation>กรุณากรอกรหัสสินค้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/catalogue.py" line="158" />
        <source>A category cannot hold a comma: “{category}”.</source>
        <translation>หมวดหมู่ต้องไม่มีเครื่องหมายจุลภาค: “{category}”</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/catalogue.py" line="171" />
        <source>Type a name for each unit.</source>
        <translation>กรุณากรอกชื่อของทุกหน่วย</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/catalogue.py" line="173" />
        <source>“{unit}” must hold at least 1 base unit.</source>
        <translation>“{unit}” ต้องบรรจุอย่างน้อย 1 หน่วยฐาน</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/catalogue.py" line="176" />
        <source>“{unit}” can hold at most {max} base units.</source>
        <translation>“{unit}” บรรจุได้ไม่เกิน {max} หน่วยฐาน</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/catalogue.py" line="183" />
        <location filename="../../salesapp/domain/limits.py" line="113" />
        <location filename="../../salesapp/domain/money.py" line="67" />
        <location filename="../../salesapp/domain/money.py" line="69" />
        <location filename="../../salesapp/domain/money.py" line="76" />
        <location filename="../../salesapp/domain/money.py" line="84" />
        <location filename="../../salesapp/domain/opportunity.py" line="419" />
        <source>“{text}” is not an amount of money.</source>
        <translation>“{text}” ไม่ใช่จำนวนเงินที่ถูกต้อง</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/catalogue.py" line="186" />
        <source>The price of “{unit}” cannot be negative.</source>
        <translation>ราคาของ “{unit}” ต้องไม่ติดลบ</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/catalogue.py" line="201" />
        <source>Type the product's name.</source>
        <translation>กรุณากรอกชื่อสินค้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/catalogue.py" line="205" />
        <source>Add at least one unit with its price.</source>
        <translation>กรุณาเพิ่มหน่วยพร้อมราคาอย่างน้อยหนึ่งหน่วย</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/catalogue.py" line="207" />
        <source>A product can have at most {max} units.</source>
        <translation>สินค้าหนึ่งรายการมีได้ไม่เกิน {max} หน่วย</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/catalogue.py" line="214" />
        <source>Two units are named “{unit}”: give each unit its own name.</source>
        <translation>มีสองหน่วยชื่อ “{unit}” กรุณาตั้งชื่อหน่วยไม่ให้ซ้ำกัน</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/catalogue.py" line="221" />
        <source>One unit must be the base unit, holding 1 (the bottle of a pack of 3 bottles).</source>
        <translation>ต้องมีหนึ่งหน่วยเป็นหน่วยฐานที่บรรจุ 1 (เช่น ขวด ของแพ็ก 3 ขวด)</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/customers/handover.py" line="86" />
        <source>The minimum cannot be negative.</source>
        <translation>จำนวนขั้นต่ำต้องไม่ติดลบ</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/customers/handover.py" line="88" />
        <source>The maximum cannot be negative.</source>
        <translation>จำนวนสูงสุดต้องไม่ติดลบ</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/customers/handover.py" line="91" />
        <source>The minimum ({minimum}) is larger than the maximum ({maximum}).</source>
        <translation>จำนวนขั้นต่ำ ({minimum}) มากกว่าจำนวนสูงสุด ({maximum})</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/customers/handover.py" line="102" />
        <source>{count} customers are too few to give each of the {staff} staff members at least {minimum}: that needs {needed}.</source>
        <translation>ลูกค้า {count} รายไม่พอจะแบ่งให้พนักงาน {staff} คน คนละอย่างน้อย {minimum} ราย ต้องมีลูกค้า {needed} ราย</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/customers/handover.py" line="117" />
        <source>{count} customers do not fit: at most {maximum} each for {staff} staff members takes {capacity}, so {left} would be left over.</source>
        <translation>แบ่งลูกค้า {count} รายไม่หมด พนักงาน {staff} คน รับได้คนละไม่เกิน {maximum} ราย รวมได้ {capacity} ราย จะเหลือลูกค้า {left} ราย</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/customers/handover.py" line="146" />
        <location filename="../../salesapp/services/customers/handover.py" line="240" />
        <source>Select at least one customer.</source>
        <translation>กรุณาเลือกลูกค้าอย่างน้อยหนึ่งราย</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/customers/handover.py" line="148" />
        <source>Choose at least one staff member.</source>
        <translation>กรุณาเลือกพนักงานอย่างน้อยหนึ่งคน</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/customers/handover.py" line="150" />
        <source>A staff member is chosen twice.</source>
        <translation>มีพนักงานถูกเลือกซ้ำสองครั้ง</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/customers/handover.py" line="153" />
        <source>Choose exactly one staff member.</source>
        <translation>กรุณาเลือกพนักงานเพียงหนึ่งคน</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/customers/handover.py" line="169" />
        <source>The count for {name} cannot be negative.</source>
        <translation>จำนวนของ {name} ต้องไม่ติดลบ</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/customers/handover.py" line="174" />
        <source>The counts add up to {total}, but {count} customers are selected.</source>
        <translation>จำนวนรวมกันได้ {total} แต่เลือกลูกค้าไว้ {count} ราย</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/customers/handover.py" line="229" />
        <source>A planned count cannot be negative.</source>
        <translation>จำนวนตามแผนต้องไม่ติดลบ</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/customers/handover.py" line="233" />
        <source>The plan is for {planned} customers, but {count} are selected.</source>
        <translation>แผนการแบ่งมีลูกค้า {planned} ราย แต่เลือกไว้ {count} ราย</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/errors.py" line="64" />
        <source>This record was changed by {user} at {time}. Reload it and apply your change again.</source>
        <translation>{user} แก้ไขรายการนี้เมื่อเวลา {time} น. กรุณาโหลดใหม่แล้วแก้ไขอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/images.py" line="34" />
        <source>“{name}” is damaged or incomplete: it cannot be shown as a picture.</source>
        <translation>“{name}” เสียหายหรือไม่สมบูรณ์ จึงแสดงเป็นรูปภาพไม่ได้</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/images.py" line="168" />
        <location filename="../../salesapp/ui/followup/_intake_dialogs.py" line="48" />
        <location filename="../../salesapp/ui/upsell/_upsell_notes.py" line="251" />
        <source>“{name}” is {size} MB; images may be at most {limit} MB.</source>
        <translation>“{name}” มีขนาด {size} MB แต่รูปภาพต้องมีขนาดไม่เกิน {limit} MB</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/images.py" line="176" />
        <location filename="../../salesapp/ui/upsell/_upsell_notes.py" line="262" />
        <source>“{name}” is not a PNG or JPEG image.</source>
        <translation>“{name}” ไม่ใช่ไฟล์รูปภาพ PNG หรือ JPEG</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/images.py" line="182" />
        <source>“{name}” is {width} × {height} pixels; pictures may have at most {max} million pixels.</source>
        <translation>“{name}” มีขนาด {width} × {height} พิกเซล รูปภาพมีได้ไม่เกิน {max} ล้านพิกเซล</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/images.py" line="195" />
        <source>The pictures of one note can be at most {limit} MB together; these are {size} MB.</source>
        <translation>รูปภาพในโน้ตหนึ่งรวมกันได้ไม่เกิน {limit} MB แต่รูปเหล่านี้มีขนาด {size} MB</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/limits.py" line="68" />
        <source>A name can be at most {max} characters; this one has {count}.</source>
        <translation>ชื่อยาวได้ไม่เกิน {max} ตัวอักษร แต่ชื่อนี้มี {count} ตัวอักษร</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/limits.py" line="69" />
        <source>A note can be at most {max} characters; this one has {count}.</source>
        <translation>โน้ตมีได้ไม่เกิน {max} ตัวอักษร แต่โน้ตนี้มี {count} ตัวอักษร</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/limits.py" line="70" />
        <source>“{start}…” is too long: it can be at most {max} characters.</source>
        <translation>“{start}…” ยาวเกินไป ยาวได้ไม่เกิน {max} ตัวอักษร</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/limits.py" line="71" />
        <source>An e-mail address can be at most {max} characters.</source>
        <translation>อีเมลยาวได้ไม่เกิน {max} ตัวอักษร</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/limits.py" line="72" />
        <source>The amount is too large: it can be at most {max}.</source>
        <translation>จำนวนเงินมากเกินไป สูงสุดได้ {max}</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/limits.py" line="133" />
        <source>A birth date must be in the past, at most {years} years ago.</source>
        <translation>วันเกิดต้องเป็นวันที่ผ่านมาแล้ว และไม่เกิน {years} ปีก่อน</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/limits.py" line="144" />
        <source>A created date must be in the past, at most {years} years ago.</source>
        <translation>วันที่สร้างต้องเป็นวันที่ผ่านมาแล้ว และไม่เกิน {years} ปีก่อน</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/limits.py" line="155" />
        <source>Choose a time at most {years} years ahead.</source>
        <translation>เลือกเวลาที่ไม่เกิน {years} ปีข้างหน้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/limits.py" line="166" />
        <source>Choose a date within {years} years of today.</source>
        <translation>เลือกวันที่ที่ห่างจากวันนี้ไม่เกิน {years} ปี</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/messaging/__init__.py" line="69" />
        <source>No account is set up for this kind of message. An administrator sets it up in Settings.</source>
        <translation>ยังไม่ได้ตั้งค่าบัญชีสำหรับข้อความประเภทนี้ ผู้ดูแลระบบตั้งค่าได้ในการตั้งค่า</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/messaging/addresses.py" line="20" />
        <location filename="../../salesapp/domain/shop.py" line="160" />
        <location filename="../../salesapp/services/customers/customer_service.py" line="85" />
        <source>“{text}” is not an e-mail address.</source>
        <translation>“{text}” ไม่ใช่อีเมลที่ถูกต้อง</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/messaging/addresses.py" line="30" />
        <source>“{text}” is not a LINE user id (it starts with U followed by 32 letters and digits).</source>
        <translation>“{text}” ไม่ใช่ LINE user id (ขึ้นต้นด้วย U ตามด้วยตัวอักษรและตัวเลข 32 ตัว)</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/messaging/addresses.py" line="40" />
        <source>Choose who receives the message.</source>
        <translation>เลือกผู้รับข้อความ</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/opportunity.py" line="335" />
        <source>Enter the stage's name.</source>
        <translation>กรุณากรอกชื่อขั้นตอน</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/opportunity.py" line="338" />
        <source>A stage's name has at most {count} characters.</source>
        <translation>ชื่อขั้นตอนมีได้ไม่เกิน {count} ตัวอักษร</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/opportunity.py" line="341" />
        <source>The probability is a whole number from 0 to 100.</source>
        <translation>โอกาสสำเร็จต้องเป็นจำนวนเต็มตั้งแต่ 0 ถึง 100</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/opportunity.py" line="345" />
        <source>The won stage's probability is always 100%.</source>
        <translation>โอกาสสำเร็จของขั้นตอนปิดการขายสำเร็จเป็น 100% เสมอ</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/opportunity.py" line="346" />
        <source>The lost stage's probability is always 0%.</source>
        <translation>โอกาสสำเร็จของขั้นตอนปิดการขายไม่สำเร็จเป็น 0% เสมอ</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/opportunity.py" line="349" />
        <source>The idle limit is 1 to {high} days, or none.</source>
        <translation>จำนวนวันที่ไม่มีความเคลื่อนไหวได้ต้องอยู่ระหว่าง 1 ถึง {high} วัน หรือไม่กำหนด</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/opportunity.py" line="360" />
        <location filename="../../salesapp/services/opportunities/opportunity_service.py" line="202" />
        <source>The pipeline keeps exactly one won stage and one lost stage.</source>
        <translation>ไปป์ไลน์การขายต้องมีขั้นตอนปิดการขายสำเร็จและขั้นตอนปิดการขายไม่สำเร็จอย่างละหนึ่งขั้นตอนเท่านั้น</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/opportunity.py" line="362" />
        <source>The pipeline needs at least one open stage.</source>
        <translation>ไปป์ไลน์การขายต้องมีขั้นตอนที่เปิดอยู่อย่างน้อยหนึ่งขั้นตอน</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/opportunity.py" line="365" />
        <location filename="../../salesapp/services/opportunities/opportunity_service.py" line="274" />
        <location filename="../../salesapp/services/opportunities/opportunity_service.py" line="464" />
        <location filename="../../salesapp/services/opportunities/opportunity_stages.py" line="78" />
        <source>Exactly one stage is the default for new opportunities.</source>
        <translation>ต้องมีขั้นตอนเริ่มต้นสำหรับโอกาสทางการขายใหม่เพียงหนึ่งขั้นตอน</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/opportunity.py" line="367" />
        <location filename="../../salesapp/services/opportunities/opportunity_stages.py" line="217" />
        <source>The default stage must be an open stage, not won or lost.</source>
        <translation>ขั้นตอนเริ่มต้นต้องเป็นขั้นตอนที่เปิดอยู่ ไม่ใช่ขั้นตอนปิดการขายสำเร็จหรือไม่สำเร็จ</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/opportunity.py" line="372" />
        <location filename="../../salesapp/services/opportunities/opportunity_stages.py" line="122" />
        <source>A stage named “{name}” exists already.</source>
        <translation>มีขั้นตอนชื่อ “{name}” อยู่แล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/opportunity.py" line="376" />
        <source>Won is always 100% and lost always 0%.</source>
        <translation>ปิดการขายสำเร็จเป็น 100% และปิดการขายไม่สำเร็จเป็น 0% เสมอ</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/opportunity.py" line="383" />
        <source>The won and lost stages cannot be deleted.</source>
        <translation>ลบขั้นตอนปิดการขายสำเร็จและปิดการขายไม่สำเร็จไม่ได้</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/opportunity.py" line="385" />
        <source>Make another stage the default before deleting this one.</source>
        <translation>กรุณาตั้งขั้นตอนอื่นเป็นขั้นตอนเริ่มต้นก่อนลบขั้นตอนนี้</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/opportunity.py" line="388" />
        <source>{count} opportunities are in this stage or passed through it. Move them to another stage first (their history keeps the stage too), or rename the stage instead.</source>
        <translation>มีโอกาสทางการขาย {count} รายการที่อยู่ในหรือเคยผ่านขั้นตอนนี้ กรุณาย้ายไปขั้นตอนอื่นก่อน (ประวัติจะยังเก็บขั้นตอนนี้ไว้ด้วย) หรือเปลี่ยนชื่อขั้นตอนแทน</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/opportunity.py" line="407" />
        <location filename="../../salesapp/services/opportunities/opportunity_service.py" line="425" />
        <source>A reason has at most {count} characters.</source>
        <translation>เหตุผลมีได้ไม่เกิน {count} ตัวอักษร</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/opportunity.py" line="412" />
        <source>At most {count} reasons.</source>
        <translation>มีเหตุผลได้ไม่เกิน {count} ข้อ</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/opportunity.py" line="421" />
        <source>The expected amount cannot be negative.</source>
        <translation>มูลค่าที่คาดไว้ต้องไม่ติดลบ</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/opportunity.py" line="423" />
        <source>The expected amount is too large.</source>
        <translation>มูลค่าที่คาดไว้สูงเกินไป</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/orders/bill.py" line="18" />
        <source>Add at least one product to the order.</source>
        <translation>กรุณาเพิ่มสินค้าในคำสั่งซื้ออย่างน้อยหนึ่งรายการ</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/orders/bill.py" line="130" />
        <source>The quantity must be at least 1.</source>
        <translation>จำนวนต้องมีอย่างน้อย 1</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/orders/bill.py" line="133" />
        <source>The quantity cannot be more than {max}.</source>
        <translation>จำนวนต้องไม่เกิน {max}</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/orders/bill.py" line="142" />
        <location filename="../../salesapp/services/orders/new_order.py" line="103" />
        <source>A discount cannot be negative.</source>
        <translation>ส่วนลดต้องไม่ติดลบ</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/orders/bill.py" line="145" />
        <source>The discount on “{product}” ({discount}) is more than the line amount ({amount}).</source>
        <translation>ส่วนลดของ “{product}” ({discount}) มากกว่ายอดของรายการนี้ ({amount})</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/orders/bill.py" line="154" />
        <source>Shipping cannot be negative.</source>
        <translation>ค่าจัดส่งต้องไม่ติดลบ</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/orders/lifecycle.py" line="52" />
        <source>Order {number} is no longer awaiting confirmation.</source>
        <translation>คำสั่งซื้อ {number} ไม่ได้อยู่ในสถานะรอยืนยันแล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/orders/lifecycle.py" line="53" />
        <source>Order {number} cannot be packed: only a confirmed order can.</source>
        <translation>แพ็คคำสั่งซื้อ {number} ไม่ได้: แพ็คได้เฉพาะคำสั่งซื้อที่ยืนยันแล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/orders/lifecycle.py" line="54" />
        <source>Order {number} cannot be shipped: it is not packed.</source>
        <translation>จัดส่งคำสั่งซื้อ {number} ไม่ได้: ยังไม่ได้แพ็ค</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/orders/lifecycle.py" line="55" />
        <source>Order {number} cannot be marked delivered: it is not shipped.</source>
        <translation>บันทึกว่าส่งถึงแล้วสำหรับคำสั่งซื้อ {number} ไม่ได้: ยังไม่ได้จัดส่ง</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/orders/lifecycle.py" line="56" />
        <source>Order {number} cannot be cancelled: only an order awaiting confirmation or confirmed can.</source>
        <translation>ยกเลิกคำสั่งซื้อ {number} ไม่ได้: ยกเลิกได้เฉพาะคำสั่งซื้อที่รอยืนยันหรือยืนยันแล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/orders/lifecycle.py" line="59" />
        <source>Order {number} cannot be returned: only a shipped or delivered order can.</source>
        <translation>บันทึกตีกลับคำสั่งซื้อ {number} ไม่ได้: ทำได้เฉพาะคำสั่งซื้อที่จัดส่งแล้วหรือส่งถึงแล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/orders/lifecycle.py" line="62" />
        <source>Order {number} is still in the upsell queue. Finish or skip its upsell call first, then pack it.</source>
        <translation>คำสั่งซื้อ {number} ยังอยู่ในคิวอัพเซล ให้ทำอัพเซลให้เสร็จหรือกดข้ามก่อน แล้วจึงแพ็ค</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/orders/lifecycle.py" line="63" />
        <source>Write a reason.</source>
        <translation>กรุณาระบุเหตุผล</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/orders/lifecycle.py" line="64" />
        <source>Choose or type a carrier.</source>
        <translation>เลือกหรือพิมพ์ชื่อขนส่ง</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/orders/lifecycle.py" line="65" />
        <source>Choose at least one line that came back.</source>
        <translation>เลือกอย่างน้อยหนึ่งรายการที่ถูกตีกลับ</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/phone.py" line="88" />
        <source>“{text}” is not a valid phone number.</source>
        <translation>“{text}” ไม่ใช่เบอร์โทรศัพท์ที่ถูกต้อง</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/shop.py" line="122" />
        <source>A Thai tax ID has 13 digits with a valid check digit; “{text}” has not.</source>
        <translation>เลขประจำตัวผู้เสียภาษีของไทยมี 13 หลักและหลักสุดท้ายต้องตรวจสอบได้ถูกต้อง “{text}” ไม่ถูกต้อง</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/shop.py" line="129" />
        <source>A Vietnamese tax code has 10 digits (a branch adds -001), or 12; “{text}” has not.</source>
        <translation>เลขประจำตัวผู้เสียภาษีของเวียดนามมี 10 หลัก (สาขาเติม -001) หรือ 12 หลัก “{text}” ไม่ถูกต้อง</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/shop.py" line="141" />
        <source>Enter the branch number (1 to 5 digits), or choose the head office.</source>
        <translation>กรอกเลขที่สาขา (1 ถึง 5 หลัก) หรือเลือกสำนักงานใหญ่</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/shop.py" line="154" />
        <location filename="../../salesapp/services/customers/customer_import.py" line="129" />
        <location filename="../../salesapp/services/customers/customer_service.py" line="90" />
        <source>Choose Thailand or Vietnam.</source>
        <translation>กรุณาเลือกประเทศไทยหรือเวียดนาม</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/shop.py" line="157" />
        <source>Enter the shop's name.</source>
        <translation>กรอกชื่อร้าน</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/shop.py" line="165" />
        <source>The VAT rate must be between 0 and 30 %.</source>
        <translation>อัตราภาษีมูลค่าเพิ่มต้องอยู่ระหว่าง 0 ถึง 30 %</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/shop.py" line="169" />
        <source>An order-number prefix is 1 to 4 letters A–Z, such as SO or INV.</source>
        <translation>คำนำหน้าเลขที่คำสั่งซื้อเป็นตัวอักษร A–Z 1 ถึง 4 ตัว เช่น SO หรือ INV</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/shop.py" line="172" />
        <source>Choose a time zone from the list.</source>
        <translation>เลือกเขตเวลาจากรายการ</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/upsell.py" line="84" />
        <source>This upsell case is already finished; its status cannot change any more.</source>
        <translation>รายการอัพเซลนี้เสร็จสิ้นแล้ว เปลี่ยนสถานะไม่ได้อีก</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/upsell.py" line="85" />
        <source>This upsell case is still pending: request work or assign it before recording an outcome.</source>
        <translation>รายการอัพเซลนี้ยังรอดำเนินการอยู่ กรุณาส่งคำขอทำรายการหรือมอบหมายให้พนักงานก่อนบันทึกผล</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/upsell.py" line="86" />
        <source>This upsell case is no longer pending: someone has already taken it.</source>
        <translation>รายการอัพเซลนี้ไม่ได้รอดำเนินการแล้ว มีคนรับไปแล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/upsell.py" line="87" />
        <source>This upsell case is not being worked on, so it cannot be given back.</source>
        <translation>รายการอัพเซลนี้ไม่ได้อยู่ระหว่างดำเนินการ จึงย้อนกลับไม่ได้</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/upsell.py" line="243" />
        <source>Cases per request must be between 1 and {max}.</source>
        <translation>จำนวนรายการต่อคำขอต้องอยู่ระหว่าง 1 ถึง {max}</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/upsell.py" line="247" />
        <source>Open cases per person must be between 1 and {max}.</source>
        <translation>จำนวนรายการค้างต่อคนต้องอยู่ระหว่าง 1 ถึง {max}</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/upsell.py" line="252" />
        <source>An order total in the rules cannot be negative.</source>
        <translation>ยอดรวมคำสั่งซื้อในเงื่อนไขต้องไม่ติดลบ</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/upsell.py" line="261" />
        <source>The lowest order total is above the highest one. Swap them or clear one.</source>
        <translation>ยอดรวมคำสั่งซื้อต่ำสุดมากกว่ายอดสูงสุด กรุณาสลับค่าหรือลบค่าใดค่าหนึ่งออก</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/upsell.py" line="268" />
        <source>Keep at least one reason in each list.</source>
        <translation>ต้องมีเหตุผลอย่างน้อยหนึ่งข้อในแต่ละรายการ</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/upsell.py" line="271" />
        <source>A reason list can have at most {max} reasons.</source>
        <translation>รายการเหตุผลมีได้ไม่เกิน {max} ข้อ</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/upsell.py" line="274" />
        <source>A reason cannot be empty.</source>
        <translation>เหตุผลต้องไม่เว้นว่าง</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/upsell.py" line="277" />
        <location filename="../../salesapp/services/upsell/upsell_cases.py" line="545" />
        <source>A reason can be at most {max} characters.</source>
        <translation>เหตุผลมีได้ไม่เกิน {max} ตัวอักษร</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/upsell.py" line="280" />
        <source>The same reason is in the list twice.</source>
        <translation>มีเหตุผลเดียวกันซ้ำสองครั้งในรายการ</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/admin/_accounts.py" line="21" />
        <location filename="../../salesapp/services/admin/users.py" line="154" />
        <location filename="../../salesapp/services/admin/users.py" line="241" />
        <source>Wrong user name or password.</source>
        <translation>ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/admin/audit_list.py" line="37" />
        <source>Only administrators and managers can see the audit trail.</source>
        <translation>เฉพาะผู้ดูแลระบบและผู้จัดการเท่านั้นที่ดูประวัติการทำรายการได้</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/admin/setup_checklist.py" line="33" />
        <source>Only an administrator can change the first-run checklist.</source>
        <translation>เฉพาะผู้ดูแลระบบเท่านั้นที่เปลี่ยนรายการเริ่มต้นใช้งานได้</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/admin/shop_profile.py" line="123" />
        <source>Only an administrator can change the shop profile.</source>
        <translation>เฉพาะผู้ดูแลระบบเท่านั้นที่แก้ไขข้อมูลร้านได้</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/admin/sign_in_guard.py" line="42" />
        <source>Too many wrong passwords in a row for this user name: wait {seconds} seconds, then try again. An administrator can unlock sign-in in Settings → Staff.</source>
        <translation>ใส่รหัสผ่านผิดติดต่อกันหลายครั้งเกินไปสำหรับชื่อผู้ใช้นี้ กรุณารอ {seconds} วินาทีแล้วลองอีกครั้ง ผู้ดูแลระบบปลดล็อกการเข้าสู่ระบบได้ที่ ตั้งค่า → พนักงาน</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/admin/sign_in_guard.py" line="46" />
        <source>Sign-in for this user name is locked after {count} wrong passwords in a row. Try again after {time} (in about {minutes} min), or ask an administrator to unlock it in Settings → Staff.</source>
        <translation>การเข้าสู่ระบบด้วยชื่อผู้ใช้นี้ถูกล็อกชั่วคราว เพราะใส่รหัสผ่านผิดติดต่อกัน {count} ครั้ง ลองใหม่ได้หลังเวลา {time} น. (อีกประมาณ {minutes} นาที) หรือขอให้ผู้ดูแลระบบปลดล็อกให้ที่ ตั้งค่า → พนักงาน</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/admin/sign_in_guard.py" line="123" />
        <location filename="../../salesapp/services/admin/staff.py" line="34" />
        <location filename="../../salesapp/services/admin/users.py" line="103" />
        <location filename="../../salesapp/services/admin/users.py" line="220" />
        <source>Only an administrator can manage staff accounts.</source>
        <translation>เฉพาะผู้ดูแลระบบเท่านั้นที่จัดการบัญชีพนักงานได้</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/admin/staff.py" line="118" />
        <source>The last enabled administrator cannot be disabled.</source>
        <translation>ปิดใช้งานผู้ดูแลระบบคนสุดท้ายที่ยังใช้งานอยู่ไม่ได้</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/admin/staff.py" line="132" />
        <source>Enter a display name.</source>
        <translation>โปรดใส่ชื่อที่แสดง</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/admin/staff.py" line="147" />
        <location filename="../../salesapp/services/admin/users.py" line="78" />
        <source>The password must have at least {n} characters.</source>
        <translation>รหัสผ่านต้องมีอย่างน้อย {n} ตัวอักษร</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/admin/users.py" line="73" />
        <source>Enter a user name.</source>
        <translation>กรุณากรอกชื่อผู้ใช้</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/admin/users.py" line="75" />
        <source>A user name cannot contain spaces.</source>
        <translation>ชื่อผู้ใช้ต้องไม่มีช่องว่าง</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/admin/users.py" line="91" />
        <source>This database already has users: sign in instead.</source>
        <translation>ฐานข้อมูลนี้มีผู้ใช้อยู่แล้ว กรุณาเข้าสู่ระบบแทน</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/admin/users.py" line="108" />
        <source>The user name “{name}” is taken.</source>
        <translation>ชื่อผู้ใช้ “{name}” มีคนใช้แล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/admin/users.py" line="158" />
        <location filename="../../salesapp/services/admin/users.py" line="244" />
        <source>This account is disabled. Ask your manager.</source>
        <translation>บัญชีนี้ถูกระงับการใช้งาน กรุณาติดต่อผู้จัดการ</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/admin/users.py" line="197" />
        <source>Choose a new password, different from the one you have now.</source>
        <translation>โปรดตั้งรหัสผ่านใหม่ที่ไม่ซ้ำกับรหัสผ่านปัจจุบัน</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/admin/users.py" line="226" />
        <source>The last administrator cannot lose the administrator role.</source>
        <translation>ไม่สามารถถอดสิทธิ์ผู้ดูแลระบบออกจากผู้ดูแลระบบคนสุดท้ายได้</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/backup/backup_service.py" line="47" />
        <source>Only an administrator can back up or restore the database.</source>
        <translation>เฉพาะผู้ดูแลระบบเท่านั้นที่สำรองหรือกู้คืนฐานข้อมูลได้</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/backup/backup_service.py" line="48" />
        <source>The backup could not be written to {path}: {detail}</source>
        <translation>เขียนข้อมูลสำรองลงใน {path} ไม่ได้: {detail}</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/backup/backup_service.py" line="49" />
        <source>Choose another file: {path} is the database itself.</source>
        <translation>กรุณาเลือกไฟล์อื่น: {path} คือตัวฐานข้อมูลเอง</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/backup/restore_service.py" line="39" />
        <source>The database {target} cannot be written: {detail}. Nothing was kept.</source>
        <translation>เขียนฐานข้อมูล {target} ไม่ได้: {detail} ไม่ได้เก็บอะไรไว้</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/catalogue/_import_rows.py" line="89" />
        <source>The column mapping does not fit this file.</source>
        <translation>การจับคู่คอลัมน์ไม่ตรงกับไฟล์นี้</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/catalogue/_import_rows.py" line="91" />
        <source>Each field can come from one column only.</source>
        <translation>แต่ละช่องข้อมูลมาจากคอลัมน์ได้เพียงคอลัมน์เดียว</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/catalogue/_import_rows.py" line="94" />
        <source>Choose the column that holds the SKU.</source>
        <translation>กรุณาเลือกคอลัมน์ที่เป็นรหัสสินค้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/catalogue/_import_rows.py" line="104" />
        <source>“{text}” is not a product status.</source>
        <translation>“{text}” ไม่ใช่สถานะสินค้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/catalogue/_import_rows.py" line="115" />
        <source>“{text}” is not a currency (THB or VND).</source>
        <translation>“{text}” ไม่ใช่สกุลเงิน (THB หรือ VND)</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/catalogue/_import_rows.py" line="128" />
        <source>“{text}” is not a number of base units.</source>
        <translation>“{text}” ไม่ใช่จำนวนหน่วยฐาน</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/catalogue/_import_rows.py" line="181" />
        <source>Give the unit this price is for.</source>
        <translation>กรุณาระบุหน่วยของราคานี้</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/catalogue/_import_rows.py" line="183" />
        <location filename="../../salesapp/ui/catalogue/_units_editor.py" line="171" />
        <source>Give the price of “{unit}”.</source>
        <translation>กรุณาระบุราคาของ “{unit}”</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/catalogue/_import_rows.py" line="200" />
        <source>Line {line} names the SKU “{sku}” “{old}”; this row names it “{new}”.</source>
        <translation>บรรทัด {line} ตั้งชื่อรหัสสินค้า “{sku}” ว่า “{old}” แต่แถวนี้ตั้งชื่อว่า “{new}”</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/catalogue/_import_rows.py" line="205" />
        <source>Line {line} puts the SKU “{sku}” in the category “{old}”; this row puts it in “{new}”.</source>
        <translation>บรรทัด {line} จัดรหัสสินค้า “{sku}” อยู่ในหมวดหมู่ “{old}” แต่แถวนี้จัดไว้ใน “{new}”</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/catalogue/_import_rows.py" line="219" />
        <source>The unit “{unit}” of “{sku}” is on line {line} already.</source>
        <translation>หน่วย “{unit}” ของ “{sku}” มีอยู่แล้วในบรรทัด {line}</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/catalogue/_product_write.py" line="32" />
        <source>This product no longer exists.</source>
        <translation>ไม่มีสินค้านี้แล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/catalogue/_product_write.py" line="137" />
        <source>A unit of this product was removed on another desktop. Reload the product.</source>
        <translation>หน่วยหนึ่งของสินค้านี้ถูกลบจากเครื่องอื่น กรุณาโหลดสินค้าใหม่</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/catalogue/catalogue_import.py" line="64" />
        <source>A product with this SKU exists: this mode adds new products only.</source>
        <translation>มีสินค้ารหัสนี้อยู่แล้ว: โหมดนี้เพิ่มเฉพาะสินค้าใหม่</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/catalogue/catalogue_import.py" line="65" />
        <source>No product has this SKU: this mode updates existing products only.</source>
        <translation>ไม่มีสินค้ารหัสนี้: โหมดนี้อัปเดตเฉพาะสินค้าที่มีอยู่</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/catalogue/catalogue_import.py" line="66" />
        <source>The product is already as in the file.</source>
        <translation>สินค้านี้ตรงกับในไฟล์อยู่แล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/catalogue/catalogue_import.py" line="67" />
        <source>A new product needs at least one unit with its price.</source>
        <translation>สินค้าใหม่ต้องมีหน่วยพร้อมราคาอย่างน้อยหนึ่งหน่วย</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/catalogue/catalogue_service.py" line="35" />
        <source>Only a manager can change the product catalogue.</source>
        <translation>เฉพาะผู้จัดการเท่านั้นที่แก้ไขแคตตาล็อกสินค้าได้</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers/_import_match.py" line="28" />
        <source>No customer has this phone number or e-mail address.</source>
        <translation>ไม่มีลูกค้าที่ใช้เบอร์โทรหรืออีเมลนี้</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers/_import_match.py" line="29" />
        <source>Already a customer: left as it is.</source>
        <translation>เป็นลูกค้าอยู่แล้ว จึงไม่เปลี่ยนแปลง</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers/_import_match.py" line="30" />
        <source>Already a customer of another salesperson: left as it is.</source>
        <translation>เป็นลูกค้าของพนักงานขายคนอื่นอยู่แล้ว: ไม่เปลี่ยนแปลง</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers/_import_match.py" line="31" />
        <source>Nothing to change.</source>
        <translation>ไม่มีข้อมูลที่ต้องเปลี่ยน</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers/_import_match.py" line="138" />
        <source>Line {line} matches the same customer.</source>
        <translation>แถวที่ {line} ตรงกับลูกค้ารายเดียวกัน</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers/_import_rows.py" line="48" />
        <source>“{text}” is not a sales channel.</source>
        <translation>“{text}” ไม่ใช่ช่องทางการขาย</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers/_import_rows.py" line="69" />
        <source>“{text}” is not a date.</source>
        <translation>“{text}” ไม่ใช่วันที่ที่ถูกต้อง</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers/_import_rows.py" line="92" />
        <source>“{text}” is not a country: write TH (Thailand) or VN (Vietnam).</source>
        <translation>“{text}” ไม่ใช่ประเทศ ให้ใส่ TH (ประเทศไทย) หรือ VN (เวียดนาม)</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers/_import_rows.py" line="116" />
        <source>No active staff member is called “{name}”.</source>
        <translation>ไม่มีพนักงานที่ใช้งานอยู่ชื่อ “{name}”</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers/_import_rows.py" line="120" />
        <source>Several staff members are called “{name}”: write the user name instead.</source>
        <translation>มีพนักงานหลายคนชื่อ “{name}” ให้ใส่ชื่อผู้ใช้แทน</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers/_import_rows.py" line="157" />
        <source>Two columns are mapped to the same field.</source>
        <translation>มีสองคอลัมน์ที่ตั้งเป็นข้อมูลเดียวกัน</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers/_import_rows.py" line="160" />
        <source>Choose the column that holds the customer's name.</source>
        <translation>กรุณาเลือกคอลัมน์ที่เป็นชื่อลูกค้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers/_import_rows.py" line="163" />
        <source>Choose the column with the phone number or the e-mail address to find customers by.</source>
        <translation>กรุณาเลือกคอลัมน์เบอร์โทรหรืออีเมลที่ใช้ค้นหาลูกค้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers/_import_rows.py" line="194" />
        <source>The phone number {phone} is also on line {line}.</source>
        <translation>เบอร์โทร {phone} ซ้ำกับแถวที่ {line}</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers/_import_rows.py" line="199" />
        <source>The e-mail address {email} is also on line {line}.</source>
        <translation>อีเมล {email} ซ้ำกับแถวที่ {line}</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers/_import_write.py" line="91" />
        <source>Another desktop changed some of these customers meanwhile. Nothing was imported: run the import again.</source>
        <translation>ระหว่างนี้มีเครื่องอื่นแก้ไขลูกค้าบางรายในรายการนี้ จึงยังไม่ได้นำเข้าข้อมูลใด กรุณานำเข้าอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers/_merge.py" line="33" />
        <location filename="../../salesapp/services/customers/appointments.py" line="34" />
        <location filename="../../salesapp/services/customers/customer_service.py" line="194" />
        <location filename="../../salesapp/services/customers/segments.py" line="77" />
        <location filename="../../salesapp/services/customers/tags.py" line="83" />
        <location filename="../../salesapp/services/followup/followups.py" line="49" />
        <location filename="../../salesapp/services/lists/_segments.py" line="22" />
        <location filename="../../salesapp/services/lists/_tags.py" line="25" />
        <location filename="../../salesapp/services/messaging/one_message.py" line="47" />
        <location filename="../../salesapp/services/opportunities/opportunity_service.py" line="49" />
        <location filename="../../salesapp/services/shared/hidden.py" line="16" />
        <source>This record no longer exists: it was deleted on another desktop.</source>
        <translation>ไม่มีรายการนี้แล้ว เนื่องจากถูกลบจากเครื่องอื่น</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers/_merge.py" line="170" />
        <source>Only a manager can merge customers of other salespeople.</source>
        <translation>เฉพาะผู้จัดการเท่านั้นที่รวมลูกค้าของพนักงานขายคนอื่นได้</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers/_merge.py" line="178" />
        <source>Choose two different customers to merge.</source>
        <translation>กรุณาเลือกลูกค้าสองรายที่ต่างกันเพื่อรวม</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers/_merge.py" line="342" />
        <source>This merge was undone already.</source>
        <translation>การรวมนี้ถูกยกเลิกไปแล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers/_merge.py" line="349" />
        <source>“{name}” was merged into another customer since. Undo that merge first.</source>
        <translation>หลังจากนั้น “{name}” ถูกรวมเข้ากับลูกค้ารายอื่นแล้ว กรุณายกเลิกการรวมนั้นก่อน</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers/_merge.py" line="356" />
        <source>This merge cannot be undone: another customer has number {id} now.</source>
        <translation>ยกเลิกการรวมนี้ไม่ได้ เพราะตอนนี้หมายเลข {id} เป็นของลูกค้ารายอื่นแล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers/_merge.py" line="365" />
        <source>“{name}” was edited after the merge ({fields}). Undoing would lose that edit; change it back first or leave the merge.</source>
        <translation>“{name}” ถูกแก้ไขหลังการรวม ({fields}) หากยกเลิกการรวม การแก้ไขนั้นจะหายไป กรุณาแก้กลับก่อน หรือคงการรวมไว้</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers/appointments.py" line="143" />
        <source>Only managers can see other people's appointments.</source>
        <translation>เฉพาะผู้จัดการเท่านั้นที่ดูนัดหมายของคนอื่นได้</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers/appointments.py" line="160" />
        <source>Choose a time that is not in the past.</source>
        <translation>กรุณาเลือกเวลาที่ยังไม่ผ่านไป</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers/appointments.py" line="164" />
        <source>A meeting lasts {low} to {high} minutes.</source>
        <translation>นัดพบต้องใช้เวลา {low} ถึง {high} นาที</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers/appointments.py" line="171" />
        <source>Enter the place or the purpose of the meeting.</source>
        <translation>กรุณากรอกสถานที่หรือวัตถุประสงค์ของการนัดพบ</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers/appointments.py" line="179" />
        <source>This appointment belongs to another salesperson.</source>
        <translation>นัดหมายนี้เป็นของพนักงานขายคนอื่น</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers/appointments.py" line="249" />
        <location filename="../../salesapp/services/customers/appointments.py" line="340" />
        <source>This meeting took place already: its outcome is recorded.</source>
        <translation>นัดพบนี้เกิดขึ้นแล้วและบันทึกผลลัพธ์ไว้แล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers/appointments.py" line="291" />
        <source>Enter how the meeting went.</source>
        <translation>กรุณากรอกผลการนัดพบ</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers/appointments.py" line="299" />
        <source>This meeting has not started yet: record its outcome afterwards.</source>
        <translation>นัดพบนี้ยังไม่เริ่ม กรุณาบันทึกผลลัพธ์หลังจากนัดพบแล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers/customer_profile.py" line="163" />
        <source>Write what was said or done.</source>
        <translation>กรุณาเขียนว่าคุยอะไรหรือทำอะไรไปบ้าง</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers/customer_profile.py" line="180" />
        <source>This field cannot be edited here.</source>
        <translation>แก้ไขช่องนี้ที่นี่ไม่ได้</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers/customer_service.py" line="74" />
        <location filename="../../salesapp/services/followup/intake.py" line="138" />
        <source>Enter the customer's name.</source>
        <translation>กรุณากรอกชื่อลูกค้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers/customer_service.py" line="88" />
        <source>“{text}” is not a postcode.</source>
        <translation>“{text}” ไม่ใช่รหัสไปรษณีย์ที่ถูกต้อง</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers/customer_service.py" line="118" />
        <source>This customer belongs to another salesperson.</source>
        <translation>ลูกค้ารายนี้เป็นของพนักงานขายคนอื่น</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers/handover.py" line="84" />
        <source>Only a manager can hand over or take back customers.</source>
        <translation>เฉพาะผู้จัดการเท่านั้นที่มอบหมายหรือดึงลูกค้ากลับได้</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers/handover.py" line="137" />
        <source>{name} cannot receive customers: the account is disabled or not a sales account.</source>
        <translation>{name} รับลูกค้าไม่ได้ เพราะบัญชีถูกระงับหรือไม่ใช่บัญชีพนักงานขาย</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers/handover.py" line="237" />
        <source>Enter the reason for taking these customers back.</source>
        <translation>กรุณากรอกเหตุผลที่ดึงลูกค้าเหล่านี้กลับ</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers/handover.py" line="296" />
        <source>These customers no longer exist: they were deleted on another desktop.</source>
        <translation>ไม่มีลูกค้าเหล่านี้แล้ว เนื่องจากถูกลบจากเครื่องอื่น</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers/handover.py" line="299" />
        <source>One of the selected customers was changed by someone else since you selected it: reload and try again.</source>
        <translation>มีผู้อื่นแก้ไขลูกค้ารายหนึ่งที่เลือกไว้หลังจากที่คุณเลือก กรุณาโหลดใหม่แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers/handover.py" line="302" />
        <source>{count} of the selected customers were changed by someone else since you selected them: reload and try again.</source>
        <translation>มีผู้อื่นแก้ไขลูกค้าที่เลือกไว้ {count} รายหลังจากที่คุณเลือก กรุณาโหลดใหม่แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers/pools.py" line="33" />
        <source>This pool no longer exists: it was deleted on another desktop.</source>
        <translation>ไม่มีคลังลูกค้านี้แล้ว: ถูกลบจากเครื่องอื่น</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers/pools.py" line="80" />
        <source>Only a manager can change the customer pools.</source>
        <translation>เฉพาะผู้จัดการเท่านั้นที่เปลี่ยนคลังลูกค้าได้</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers/pools.py" line="108" />
        <source>Enter the pool's name.</source>
        <translation>กรอกชื่อคลังลูกค้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers/pools.py" line="111" />
        <source>A pool “{text}” already exists.</source>
        <translation>มีคลังลูกค้า “{text}” อยู่แล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers/pools.py" line="151" />
        <source>The default pool cannot be deleted: customers land there when no pool is named.</source>
        <translation>ลบคลังลูกค้าหลักไม่ได้: ลูกค้าที่ไม่ได้ระบุคลังจะเข้าคลังนี้</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers/segments.py" line="53" />
        <location filename="../../salesapp/services/lists/_segments.py" line="55" />
        <source>Enter the segment's name.</source>
        <translation>กรุณากรอกชื่อกลุ่มลูกค้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers/segments.py" line="55" />
        <location filename="../../salesapp/services/lists/_segments.py" line="68" />
        <source>Only managers can share a segment with everyone.</source>
        <translation>เฉพาะผู้จัดการเท่านั้นที่แชร์กลุ่มลูกค้าให้ทุกคนได้</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers/segments.py" line="79" />
        <source>Only managers can delete a shared segment.</source>
        <translation>เฉพาะผู้จัดการเท่านั้นที่ลบกลุ่มลูกค้าที่แชร์ไว้ได้</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers/tags.py" line="40" />
        <source>Only a manager can add a tag: tags are shared by the whole office.</source>
        <translation>เฉพาะผู้จัดการเท่านั้นที่เพิ่มแท็กได้ เพราะแท็กใช้ร่วมกันทั้งสำนักงาน</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers/tags.py" line="43" />
        <location filename="../../salesapp/services/lists/_tags.py" line="56" />
        <source>Enter the tag's name.</source>
        <translation>กรุณากรอกชื่อแท็ก</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers/tags.py" line="45" />
        <source>“{text}” is not a colour.</source>
        <translation>“{text}” ไม่ใช่สีที่ถูกต้อง</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers/tags.py" line="50" />
        <source>A tag “{text}” already exists.</source>
        <translation>มีแท็ก “{text}” อยู่แล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/followup/followups.py" line="48" />
        <location filename="../../salesapp/services/followup/followups.py" line="76" />
        <location filename="../../salesapp/services/followup/followups.py" line="96" />
        <location filename="../../salesapp/services/followup/intake.py" line="199" />
        <source>This follow-up belongs to another salesperson.</source>
        <translation>รายการติดตามนี้เป็นของพนักงานขายคนอื่น</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/followup/followups.py" line="254" />
        <source>The next follow-up time has passed. Choose a later time, or “Now” to follow up now.</source>
        <translation>เวลาติดตามครั้งถัดไปผ่านไปแล้ว กรุณาเลือกเวลาที่ช้ากว่านี้ หรือกด “ตอนนี้” เพื่อติดตามทันที</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/followup/followups.py" line="271" />
        <source>Write a note or choose the next follow-up time.</source>
        <translation>กรุณาเขียนบันทึกหรือเลือกเวลาติดตามครั้งถัดไป</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/followup/followups.py" line="276" />
        <source>This follow-up is closed; a manager can reopen it.</source>
        <translation>รายการนี้จบการติดตามแล้ว ผู้จัดการสามารถเปิดใหม่ได้</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/followup/followups.py" line="342" />
        <source>This follow-up is already closed.</source>
        <translation>รายการนี้จบการติดตามไปแล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/followup/followups.py" line="362" />
        <source>Only a manager can reopen a closed follow-up.</source>
        <translation>เฉพาะผู้จัดการเท่านั้นที่เปิดรายการที่จบการติดตามแล้วใหม่ได้</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/followup/followups.py" line="367" />
        <source>This follow-up is open.</source>
        <translation>รายการนี้ยังอยู่ระหว่างการติดตาม</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/followup/intake.py" line="89" />
        <source>This phone number belongs to a customer of {owner}. Pass the request on to them.</source>
        <translation>เบอร์โทรนี้เป็นของลูกค้าของ {owner} โปรดส่งต่อเรื่องนี้ให้ผู้ดูแลลูกค้ารายนี้</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/followup/intake.py" line="140" />
        <source>Enter the customer's phone number.</source>
        <translation>กรุณากรอกเบอร์โทรศัพท์ลูกค้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/followup/intake.py" line="151" />
        <source>The time received cannot be in the future.</source>
        <translation>เวลาที่ได้รับต้องไม่เป็นเวลาในอนาคต</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/followup/intake.py" line="166" />
        <location filename="../../salesapp/ui/followup/_intake_dialogs.py" line="140" />
        <source>Enter the amount transferred.</source>
        <translation>กรุณากรอกจำนวนเงินที่โอน</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/followup/intake.py" line="169" />
        <source>Enter the bank the money was sent from.</source>
        <translation>กรุณากรอกธนาคารที่โอนเงินมา</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/followup/intake.py" line="172" />
        <source>The transfer time cannot be in the future.</source>
        <translation>เวลาที่โอนต้องไม่เป็นเวลาในอนาคต</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/followup/intake.py" line="261" />
        <source>Order {order} belongs to another salesperson: choose one of your own orders.</source>
        <translation>คำสั่งซื้อ {order} เป็นของพนักงานขายคนอื่น โปรดเลือกคำสั่งซื้อของคุณเอง</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/followup/intake.py" line="272" />
        <source>Order {order} is already paid by payment notice {notice}.</source>
        <translation>คำสั่งซื้อ {order} ชำระเงินแล้วตามรายการแจ้งโอนเงิน {notice}</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/lists/_channels.py" line="65" />
        <source>Choose a channel from the list.</source>
        <translation>เลือกช่องทางจากรายการ</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/lists/_channels.py" line="71" />
        <source>Keep at least one channel offered.</source>
        <translation>ต้องเปิดใช้อย่างน้อยหนึ่งช่องทาง</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/lists/_labels.py" line="36" />
        <source>“{text}” is no longer in the list: it was changed on another desktop.</source>
        <translation>“{text}” ไม่อยู่ในรายการแล้ว: ถูกเปลี่ยนจากเครื่องอื่น</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/lists/_labels.py" line="73" />
        <source>Enter a name.</source>
        <translation>กรอกชื่อ</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/lists/_labels.py" line="77" />
        <source>“{text}” is already in the list: merge into it instead.</source>
        <translation>“{text}” มีอยู่ในรายการแล้ว: ให้ใช้การรวมแทน</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/lists/_labels.py" line="101" />
        <location filename="../../salesapp/services/lists/_tags.py" line="80" />
        <source>Choose another entry to merge into.</source>
        <translation>เลือกรายการอื่นที่จะรวมเข้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/lists/_segments.py" line="48" />
        <source>Only managers can change a shared segment.</source>
        <translation>เฉพาะผู้จัดการเท่านั้นที่เปลี่ยนกลุ่มลูกค้าที่แชร์ได้</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/lists/_tags.py" line="63" />
        <source>A tag “{text}” already exists: merge into it instead.</source>
        <translation>มีแท็ก “{text}” อยู่แล้ว: ให้ใช้การรวมแทน</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/lists/lists_service.py" line="42" />
        <source>Only a manager can change these lists.</source>
        <translation>เฉพาะผู้จัดการเท่านั้นที่เปลี่ยนรายการเหล่านี้ได้</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/lists/lists_service.py" line="49" />
        <source>Choose an entry from the list.</source>
        <translation>เลือกรายการจากรายการ</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/lists/lists_service.py" line="72" />
        <source>This list cannot be changed that way.</source>
        <translation>รายการนี้เปลี่ยนแบบนี้ไม่ได้</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/messaging/accounts.py" line="49" />
        <source>Only an administrator can change the messaging accounts.</source>
        <translation>เฉพาะผู้ดูแลระบบเท่านั้นที่เปลี่ยนบัญชีส่งข้อความได้</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/messaging/accounts.py" line="50" />
        <source>This computer has no keyring to keep the password in; nothing was saved.</source>
        <translation>เครื่องนี้ไม่มีที่เก็บรหัสผ่าน จึงไม่ได้บันทึกอะไร</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/messaging/accounts.py" line="87" />
        <source>Enter the mail server's name.</source>
        <translation>กรอกชื่อเซิร์ฟเวอร์อีเมล</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/messaging/accounts.py" line="89" />
        <source>The port is a number from 1 to 65535.</source>
        <translation>พอร์ตต้องเป็นตัวเลข 1 ถึง 65535</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/messaging/accounts.py" line="104" />
        <location filename="../../salesapp/services/messaging/accounts.py" line="109" />
        <source>Enter the gateway's address (starting with https://).</source>
        <translation>กรอกที่อยู่ของผู้ให้บริการ (ขึ้นต้นด้วย https://)</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/messaging/adapters/http.py" line="16" />
        <source>The provider could not be reached ({detail}).</source>
        <translation>ติดต่อผู้ให้บริการไม่ได้ ({detail})</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/messaging/adapters/http.py" line="17" />
        <source>The provider did not answer in time; the message may have been sent.</source>
        <translation>ผู้ให้บริการไม่ตอบกลับภายในเวลา ข้อความอาจถูกส่งไปแล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/messaging/adapters/http.py" line="18" />
        <source>The provider answered with an error (HTTP {status}): {detail}</source>
        <translation>ผู้ให้บริการตอบกลับว่าผิดพลาด (HTTP {status}): {detail}</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/messaging/adapters/sms_gateways.py" line="19" />
        <source>The SMS gateway refused the message: {detail}</source>
        <translation>ผู้ให้บริการ SMS ปฏิเสธข้อความ: {detail}</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/messaging/adapters/smtp.py" line="21" />
        <source>The mail server refused the message: {detail}</source>
        <translation>เซิร์ฟเวอร์อีเมลปฏิเสธข้อความ: {detail}</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/messaging/adapters/smtp.py" line="22" />
        <source>The mail server refused the user name or password.</source>
        <translation>เซิร์ฟเวอร์อีเมลไม่ยอมรับชื่อผู้ใช้หรือรหัสผ่าน</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/messaging/adapters/smtp.py" line="23" />
        <source>The mail server could not be reached ({detail}).</source>
        <translation>ติดต่อเซิร์ฟเวอร์อีเมลไม่ได้ ({detail})</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/messaging/adapters/smtp.py" line="24" />
        <source>The connection to the mail server broke while sending; the message may have been sent.</source>
        <translation>การเชื่อมต่อกับเซิร์ฟเวอร์อีเมลขาดระหว่างส่ง ข้อความอาจถูกส่งไปแล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/messaging/one_message.py" line="67" />
        <source>Write the message.</source>
        <translation>พิมพ์ข้อความ</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/messaging/one_message.py" line="70" />
        <source>Write a subject.</source>
        <translation>พิมพ์หัวเรื่อง</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/messaging/one_message.py" line="73" />
        <source>The subject can be at most {max} characters.</source>
        <translation>หัวเรื่องยาวได้ไม่เกิน {max} ตัวอักษร</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/messaging/one_message.py" line="77" />
        <location filename="../../salesapp/services/messaging/one_message.py" line="103" />
        <source>The message can be at most {max} characters.</source>
        <translation>ข้อความยาวได้ไม่เกิน {max} ตัวอักษร</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/messaging/one_message.py" line="81" />
        <source>At most {max} files can be attached.</source>
        <translation>แนบไฟล์ได้ไม่เกิน {max} ไฟล์</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/messaging/one_message.py" line="86" />
        <source>The attached files come to {size} MB; at most {max} MB can be sent.</source>
        <translation>ไฟล์แนบรวม {size} MB ส่งได้ไม่เกิน {max} MB</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/messaging/one_message.py" line="96" />
        <source>The SMS would take {parts} parts; at most {max} are sent.</source>
        <translation>SMS นี้ต้องใช้ {parts} ข้อความ ส่งได้ไม่เกิน {max} ข้อความ</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/messaging/one_message.py" line="217" />
        <source>Only a failed or unknown message can be sent again.</source>
        <translation>ส่งซ้ำได้เฉพาะข้อความที่ส่งไม่สำเร็จหรือไม่ทราบผล</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/messaging/sender.py" line="26" />
        <source>Sending stopped on an unexpected error: {detail}</source>
        <translation>การส่งหยุดเพราะเกิดข้อผิดพลาดที่ไม่คาดคิด: {detail}</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/opportunities/opportunity_service.py" line="48" />
        <location filename="../../salesapp/services/opportunities/opportunity_service.py" line="98" />
        <source>This opportunity belongs to another salesperson.</source>
        <translation>โอกาสทางการขายนี้เป็นของพนักงานขายคนอื่น</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/opportunities/opportunity_service.py" line="62" />
        <source>Enter a title for the opportunity.</source>
        <translation>กรุณากรอกหัวข้อของโอกาสทางการขาย</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/opportunities/opportunity_service.py" line="64" />
        <source>A title has at most {count} characters.</source>
        <translation>หัวข้อมีได้ไม่เกิน {count} ตัวอักษร</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/opportunities/opportunity_service.py" line="68" />
        <source>Choose Thai baht or Vietnamese đồng.</source>
        <translation>กรุณาเลือกเงินบาทหรือเงินดองเวียดนาม</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/opportunities/opportunity_service.py" line="195" />
        <location filename="../../salesapp/services/opportunities/opportunity_stages.py" line="39" />
        <source>This stage no longer exists: it was deleted on another desktop.</source>
        <translation>ขั้นตอนนี้ไม่มีอยู่แล้ว เพราะถูกลบจากเครื่องอื่น</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/opportunities/opportunity_service.py" line="208" />
        <location filename="../../salesapp/services/opportunities/opportunity_service.py" line="325" />
        <source>Only managers can give an opportunity to another salesperson.</source>
        <translation>เฉพาะผู้จัดการเท่านั้นที่มอบโอกาสทางการขายให้พนักงานขายคนอื่นได้</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/opportunities/opportunity_service.py" line="213" />
        <source>Choose an active salesperson as the owner.</source>
        <translation>กรุณาเลือกพนักงานขายที่ใช้งานอยู่เป็นผู้รับผิดชอบ</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/opportunities/opportunity_service.py" line="279" />
        <source>A new opportunity starts in an open stage: win or lose it afterwards.</source>
        <translation>โอกาสทางการขายใหม่ต้องเริ่มในขั้นตอนที่เปิดอยู่ แล้วจึงปิดการขายภายหลัง</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/opportunities/opportunity_service.py" line="379" />
        <source>Use “Won” or “Lost” to close an opportunity.</source>
        <translation>ใช้ “ปิดการขายสำเร็จ” หรือ “ปิดการขายไม่สำเร็จ” เพื่อปิดโอกาสทางการขาย</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/opportunities/opportunity_service.py" line="382" />
        <source>This opportunity is closed: a manager can reopen it.</source>
        <translation>โอกาสทางการขายนี้ปิดแล้ว ผู้จัดการสามารถเปิดใหม่ได้</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/opportunities/opportunity_service.py" line="405" />
        <source>This opportunity is closed already.</source>
        <translation>โอกาสทางการขายนี้ปิดไปแล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/opportunities/opportunity_service.py" line="423" />
        <source>Choose or type why the opportunity was lost.</source>
        <translation>กรุณาเลือกหรือพิมพ์เหตุผลที่ปิดการขายไม่สำเร็จ</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/opportunities/opportunity_service.py" line="435" />
        <source>Only managers can reopen a closed opportunity.</source>
        <translation>เฉพาะผู้จัดการเท่านั้นที่เปิดโอกาสทางการขายที่ปิดแล้วใหม่ได้</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/opportunities/opportunity_service.py" line="440" />
        <source>This opportunity is open already.</source>
        <translation>โอกาสทางการขายนี้เปิดอยู่แล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/opportunities/opportunity_service.py" line="445" />
        <source>Reopen it into an open stage.</source>
        <translation>กรุณาเปิดใหม่ในขั้นตอนที่เปิดอยู่</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/opportunities/opportunity_service.py" line="481" />
        <source>Write the note first.</source>
        <translation>กรุณาเขียนโน้ตก่อน</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/opportunities/opportunity_service.py" line="483" />
        <source>A call lasts 0 to 24 hours.</source>
        <translation>การโทรต้องใช้เวลา 0 ถึง 24 ชั่วโมง</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/opportunities/opportunity_stages.py" line="58" />
        <source>Only managers can change the pipeline's settings.</source>
        <translation>เฉพาะผู้จัดการเท่านั้นที่เปลี่ยนการตั้งค่าไปป์ไลน์การขายได้</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/opportunities/opportunity_stages.py" line="253" />
        <source>The stages were changed on another desktop. Reload them and try again.</source>
        <translation>ขั้นตอนถูกแก้ไขจากเครื่องอื่น กรุณาโหลดใหม่แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/opportunities/opportunity_stages.py" line="320" />
        <source>Keep at least one reason.</source>
        <translation>ต้องมีเหตุผลอย่างน้อยหนึ่งข้อ</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/orders/_order_detail.py" line="23" />
        <source>This order no longer exists: it was deleted on another desktop.</source>
        <translation>ไม่พบคำสั่งซื้อนี้แล้ว: ถูกลบจากเครื่องอื่น</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/orders/new_order.py" line="98" />
        <source>An order can have at most {max} lines.</source>
        <translation>คำสั่งซื้อหนึ่งรายการมีสินค้าได้ไม่เกิน {max} รายการ</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/orders/new_order.py" line="108" />
        <source>Choose a payment method from the list.</source>
        <translation>เลือกวิธีการชำระเงินจากรายการ</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/orders/new_order.py" line="218" />
        <source>A unit of this order is no longer in the catalogue. Choose the product again.</source>
        <translation>หน่วยสินค้าในคำสั่งซื้อนี้ไม่มีในรายการสินค้าแล้ว กรุณาเลือกสินค้าใหม่อีกครั้ง</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/orders/new_order.py" line="223" />
        <source>The unit “{unit}” is not sold for this product.</source>
        <translation>สินค้านี้ไม่ได้ขายในหน่วย “{unit}”</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/orders/new_order.py" line="228" />
        <source>“{product}” is no longer sold.</source>
        <translation>“{product}” เลิกขายแล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/orders/new_order.py" line="232" />
        <source>“{product}” ({unit}) is priced in {unit_currency}, not in {currency}.</source>
        <translation>“{product}” ({unit}) ตั้งราคาเป็น {unit_currency} ไม่ใช่ {currency}</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/orders/order_lifecycle.py" line="56" />
        <source>This order belongs to another salesperson.</source>
        <translation>คำสั่งซื้อนี้เป็นของพนักงานขายคนอื่น</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/orders/order_lifecycle.py" line="58" />
        <location filename="../../salesapp/services/upsell/upsell_claim.py" line="209" />
        <source>Select at most {max} orders at once.</source>
        <translation>เลือกคำสั่งซื้อได้ไม่เกินครั้งละ {max} รายการ</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/orders/order_lifecycle.py" line="59" />
        <location filename="../../salesapp/services/upsell/upsell_claim.py" line="207" />
        <source>Select at least one order.</source>
        <translation>กรุณาเลือกคำสั่งซื้ออย่างน้อยหนึ่งรายการ</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/shared/acting.py" line="27" />
        <source>Your account has been disabled, so nothing can be read or changed. Ask an administrator.</source>
        <translation>บัญชีของคุณถูกปิดใช้งานแล้ว จึงไม่สามารถดูหรือแก้ไขข้อมูลใดได้ โปรดติดต่อผู้ดูแลระบบ</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/shared/acting.py" line="28" />
        <source>Your account no longer exists, so nothing can be read or changed. Ask an administrator.</source>
        <translation>ไม่มีบัญชีของคุณในระบบแล้ว จึงไม่สามารถดูหรือแก้ไขข้อมูลใดได้ โปรดติดต่อผู้ดูแลระบบ</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/shared/export_table.py" line="81" />
        <source>The file {path} cannot be written: {detail}</source>
        <translation>บันทึกไฟล์ {path} ไม่ได้: {detail}</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/shared/hidden.py" line="17" />
        <source>This record belongs to another salesperson.</source>
        <translation>รายการนี้เป็นของพนักงานขายคนอื่น</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/shared/history.py" line="44" />
        <source>Only a manager can read the history of any record.</source>
        <translation>เฉพาะผู้จัดการเท่านั้นที่ดูประวัติของรายการใดก็ได้</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/shared/import_table.py" line="36" />
        <source>The file's text encoding could not be recognised (it is not UTF-8, UTF-16 with a byte-order mark, Thai or Vietnamese Windows text). Save it as “CSV UTF-8” and choose it again.</source>
        <translation>ไม่รู้จักการเข้ารหัสข้อความของไฟล์นี้ (ไม่ใช่ UTF-8, UTF-16 ที่มี BOM หรือข้อความภาษาไทยหรือเวียดนามของ Windows) ให้บันทึกไฟล์เป็น “CSV UTF-8” แล้วเลือกไฟล์อีกครั้ง</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/shared/import_table.py" line="40" />
        <source>Line {line} of the file has bytes that are not UTF-8 text: the file is damaged. Save it again as “CSV UTF-8” and choose it again.</source>
        <translation>บรรทัดที่ {line} ของไฟล์มีไบต์ที่ไม่ใช่ข้อความ UTF-8 ไฟล์เสียหาย ให้บันทึกไฟล์ใหม่เป็น “CSV UTF-8” แล้วเลือกไฟล์อีกครั้ง</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/shared/import_table.py" line="174" />
        <source>Line {line} of the file cannot be read: {detail}</source>
        <translation>อ่านแถวที่ {line} ของไฟล์ไม่ได้: {detail}</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/shared/import_table.py" line="213" />
        <source>{path} is not an Excel workbook (.xlsx) that can be read.</source>
        <translation>{path} ไม่ใช่ไฟล์ Excel (.xlsx) ที่อ่านได้</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/shared/import_table.py" line="248" />
        <source>Old Excel files (.xls) cannot be read: save the file as .xlsx or .csv in Excel first.</source>
        <translation>อ่านไฟล์ Excel แบบเก่า (.xls) ไม่ได้ กรุณาบันทึกไฟล์เป็น .xlsx หรือ .csv ใน Excel ก่อน</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/shared/import_table.py" line="266" />
        <source>The file {path} cannot be read: {detail}</source>
        <translation>อ่านไฟล์ {path} ไม่ได้: {detail}</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/shared/import_table.py" line="269" />
        <source>The file has no rows.</source>
        <translation>ไฟล์นี้ไม่มีข้อมูล</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/shared/usage.py" line="9" />
        <source>Meanwhile the number of records using it changed: it is now {count}. Nothing was changed: confirm again.</source>
        <translation>ระหว่างนี้จำนวนรายการที่ใช้อยู่เปลี่ยนไป ตอนนี้เป็น {count} ยังไม่มีการเปลี่ยนแปลงใด ๆ: โปรดยืนยันอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/upsell/_upsell_common.py" line="17" />
        <source>This upsell case no longer exists: it was deleted on another desktop.</source>
        <translation>รายการอัพเซลนี้ไม่มีอยู่แล้ว เพราะถูกลบจากเครื่องอื่น</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/upsell/_upsell_common.py" line="18" />
        <source>This upsell case is assigned to another salesperson.</source>
        <translation>รายการอัพเซลนี้มอบหมายให้พนักงานขายคนอื่นแล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/upsell/_upsell_common.py" line="19" />
        <source>Only a manager can do this.</source>
        <translation>เฉพาะผู้จัดการเท่านั้นที่ทำสิ่งนี้ได้</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/upsell/_upsell_common.py" line="46" />
        <source>This upsell case is not assigned to you: request work first.</source>
        <translation>รายการอัพเซลนี้ไม่ได้มอบหมายให้คุณ กรุณาส่งคำขอทำรายการก่อน</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/upsell/_upsell_notes.py" line="40" />
        <source>Only the note's author or a manager can delete it.</source>
        <translation>เฉพาะผู้เขียนโน้ตหรือผู้จัดการเท่านั้นที่ลบได้</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/upsell/_upsell_notes.py" line="41" />
        <source>This note no longer exists: it was deleted on another desktop.</source>
        <translation>โน้ตนี้ไม่มีอยู่แล้ว เพราะถูกลบจากเครื่องอื่น</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/upsell/_upsell_notes.py" line="50" />
        <source>A note can carry at most {max} images; you attached {count}.</source>
        <translation>โน้ตหนึ่งแนบรูปภาพได้ไม่เกิน {max} รูป แต่คุณแนบไว้ {count} รูป</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/upsell/_upsell_notes.py" line="150" />
        <source>Write a note or attach an image.</source>
        <translation>กรุณาเขียนโน้ตหรือแนบรูปภาพ</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/upsell/_upsell_notes.py" line="290" />
        <source>Calls are logged on cases being worked on (assigned or follow-up).</source>
        <translation>บันทึกการโทรได้เฉพาะรายการที่กำลังดำเนินการ (มอบหมายแล้วหรือติดตาม)</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/upsell/_upsell_notes.py" line="317" />
        <source>This call no longer exists.</source>
        <translation>ไม่พบการโทรนี้แล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/upsell/_upsell_notes.py" line="319" />
        <source>Only the person who made the call can stop it.</source>
        <translation>เฉพาะผู้ที่โทรเท่านั้นที่หยุดการโทรนี้ได้</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/upsell/_upsell_notes.py" line="321" />
        <location filename="../../salesapp/services/upsell/_upsell_notes.py" line="331" />
        <source>This call has already been stopped.</source>
        <translation>การโทรนี้หยุดไปแล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/upsell/upsell_cases.py" line="290" />
        <source>The next call time has passed. Choose a later time.</source>
        <translation>เวลาโทรครั้งถัดไปผ่านไปแล้ว กรุณาเลือกเวลาที่ช้ากว่านี้</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/upsell/upsell_cases.py" line="331" />
        <source>Choose at least one product the customer added.</source>
        <translation>กรุณาเลือกสินค้าที่ลูกค้าเพิ่มอย่างน้อยหนึ่งรายการ</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/upsell/upsell_cases.py" line="342" />
        <source>Order {number} has already been packed, shipped or closed: products can no longer be added to it.</source>
        <translation>คำสั่งซื้อ {number} ถูกแพ็ค จัดส่ง หรือปิดไปแล้ว จึงเพิ่มสินค้าไม่ได้อีก</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/upsell/upsell_cases.py" line="432" />
        <source>Order {number} is not confirmed yet. Confirm it in Orders first, then skip the upsell to send it to shipping.</source>
        <translation>คำสั่งซื้อ {number} ยังไม่ได้ยืนยัน กรุณายืนยันในหน้าคำสั่งซื้อก่อน แล้วจึงข้ามการอัพเซลเพื่อส่งไปจัดส่ง</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/upsell/upsell_cases.py" line="490" />
        <source>A case can carry at most {max} tags.</source>
        <translation>รายการหนึ่งติดแท็กได้ไม่เกิน {max} แท็ก</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/upsell/upsell_cases.py" line="542" />
        <source>Give a reason.</source>
        <translation>กรุณาระบุเหตุผล</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/upsell/upsell_cases.py" line="554" />
        <source>“{reason}” is not in the list of reasons any more. Choose one from the list.</source>
        <translation>“{reason}” ไม่อยู่ในรายการเหตุผลแล้ว กรุณาเลือกจากรายการ</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/upsell/upsell_claim.py" line="46" />
        <source>You already hold {count} open upsell cases, the most allowed. Finish some first.</source>
        <translation>คุณมีรายการอัพเซลค้างอยู่ {count} รายการ ซึ่งเป็นจำนวนสูงสุดแล้ว กรุณาทำบางรายการให้เสร็จก่อน</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/upsell/upsell_claim.py" line="221" />
        <source>An order you selected no longer exists. Reload the list.</source>
        <translation>คำสั่งซื้อที่เลือกไว้ไม่มีอยู่แล้ว กรุณาโหลดรายการใหม่</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/upsell/upsell_claim.py" line="226" />
        <source>Order {number} is no longer awaiting confirmation, so it cannot enter the upsell queue.</source>
        <translation>คำสั่งซื้อ {number} ไม่ได้รอยืนยันแล้ว จึงเข้าคิวอัพเซลไม่ได้</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/upsell/upsell_claim.py" line="374" />
        <source>Select at least one upsell case.</source>
        <translation>กรุณาเลือกรายการอัพเซลอย่างน้อยหนึ่งรายการ</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/upsell/upsell_claim.py" line="377" />
        <source>Choose an active staff member.</source>
        <translation>กรุณาเลือกพนักงานที่ใช้งานอยู่</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/upsell/upsell_claim.py" line="390" />
        <source>{name} holds {count} open upsell cases; the most is {max}. Assign fewer cases.</source>
        <translation>{name} มีรายการอัพเซลค้างอยู่ {count} รายการ สูงสุดได้ {max} รายการ กรุณามอบหมายให้น้อยลง</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/upsell/upsell_claim.py" line="414" />
        <source>{count} of the selected cases are no longer pending (someone took them). Nothing was assigned; reload the list and choose again.</source>
        <translation>รายการที่เลือก {count} รายการไม่ได้รอดำเนินการแล้ว (มีคนรับไปแล้ว) จึงยังไม่ได้มอบหมายรายการใดเลย กรุณาโหลดรายการใหม่แล้วเลือกอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/upsell/upsell_settings.py" line="65" />
        <source>Only a manager can change the upsell settings.</source>
        <translation>เฉพาะผู้จัดการเท่านั้นที่เปลี่ยนการตั้งค่าอัพเซลได้</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/_units_editor.py" line="176" />
        <source>The price of “{unit}” is not an amount: “{text}”.</source>
        <translation>ราคาของ “{unit}” ไม่ใช่จำนวนเงิน: “{text}”</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_intake_dialogs.py" line="54" />
        <location filename="../../salesapp/ui/upsell/_upsell_notes.py" line="37" />
        <source>“{name}” cannot be read: {detail}</source>
        <translation>อ่าน “{name}” ไม่ได้: {detail}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_intake_dialogs.py" line="143" />
        <source>Enter when the money was transferred.</source>
        <translation>กรุณากรอกเวลาที่โอนเงิน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/opportunity_dialog.py" line="223" />
        <source>Choose the customer first.</source>
        <translation>กรุณาเลือกลูกค้าก่อน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/opportunity_dialog.py" line="227" />
        <source>Type the date as dd/mm/yyyy.</source>
        <translation>กรุณาพิมพ์วันที่ในรูปแบบ วว/ดด/ปปปป</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_dialogs.py" line="26" />
        <source>Type or pick the packing date.</source>
        <translation>พิมพ์หรือเลือกวันที่แพ็ค</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/bill_dialog.py" line="305" />
        <source>Choose a product.</source>
        <translation>กรุณาเลือกสินค้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/shared/i18n.py" line="97" />
        <source>Something went wrong: {detail}</source>
        <translation>เกิดข้อผิดพลาด: {detail}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_dialogs.py" line="61" />
        <source>Say why the customer is to be called again.</source>
        <translation>กรุณาระบุเหตุผลที่ต้องโทรหาลูกค้าอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_dialogs.py" line="67" />
        <source>Choose when to call again.</source>
        <translation>กรุณาเลือกเวลาที่จะโทรอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_dialogs.py" line="97" />
        <source>Choose a reason.</source>
        <translation>กรุณาเลือกเหตุผล</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_dialogs.py" line="150" />
        <source>Add the products the customer bought.</source>
        <translation>กรุณาเพิ่มสินค้าที่ลูกค้าซื้อ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_dialogs.py" line="181" />
        <source>Choose a staff member.</source>
        <translation>กรุณาเลือกพนักงาน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_notes.py" line="36" />
        <source>A note can carry at most {max} images.</source>
        <translation>โน้ตหนึ่งแนบรูปภาพได้ไม่เกิน {max} รูป</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_settings_dialog.py" line="298" />
        <source>The order total “{text}” is not an amount.</source>
        <translation>ยอดรวมคำสั่งซื้อ “{text}” ไม่ใช่จำนวนเงินที่ถูกต้อง</translation>
    </message>
</context>
</TS>

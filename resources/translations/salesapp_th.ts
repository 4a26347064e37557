<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
<context>
    <name>CustomersView</name>
    <message>
        <location filename="../../salesapp/ui/views/customers_view.py" line="45"/>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customers_view.py" line="46"/>
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customers_view.py" line="47"/>
        <source>Province</source>
        <translation>จังหวัด</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customers_view.py" line="48"/>
        <source>Salesperson</source>
        <translation>พนักงานขาย</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customers_view.py" line="48"/>
        <source>Pool</source>
        <translation>คลังลูกค้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customers_view.py" line="50"/>
        <source>Created</source>
        <translation>วันที่สร้าง</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customers_view.py" line="55"/>
        <source>Search by name, phone or e-mail</source>
        <translation>ค้นหาด้วยชื่อ เบอร์โทร หรืออีเมล</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customers_view.py" line="57"/>
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
    <name>MainWindow</name>
    <message>
        <location filename="../../salesapp/app.py" line="227"/>
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
        <translation>คำสั่งซื้อ คำขอให้โทรกลับ และการแจ้งชำระเงินที่ต้องติดตามจนกว่าจะปิดงาน โดยแสดงรายการของวันนี้และรายการที่เลยกำหนดไว้ก่อน</translation>
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
    <name>OrdersView</name>
    <message>
        <location filename="../../salesapp/ui/views/orders_view.py" line="22"/>
        <source>Awaiting</source>
        <translation>รอยืนยัน</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/orders_view.py" line="23"/>
        <source>Confirmed</source>
        <translation>ยืนยันแล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/orders_view.py" line="24"/>
        <source>Packed</source>
        <translation>แพ็คแล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/orders_view.py" line="25"/>
        <source>Shipped</source>
        <translation>จัดส่งแล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/orders_view.py" line="26"/>
        <source>Delivered</source>
        <translation>ส่งถึงแล้ว</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/orders_view.py" line="27"/>
        <source>Cancelled</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/orders_view.py" line="28"/>
        <source>Returned</source>
        <translation>ตีกลับ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/orders_view.py" line="54"/>
        <source>Order</source>
        <translation>คำสั่งซื้อ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/orders_view.py" line="55"/>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/orders_view.py" line="56"/>
        <source>Customer</source>
        <translation>ลูกค้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/orders_view.py" line="57"/>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/orders_view.py" line="58"/>
        <source>Total</source>
        <translation>ยอดรวม</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/orders_view.py" line="59"/>
        <source>Salesperson</source>
        <translation>พนักงานขาย</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/orders_view.py" line="62"/>
        <source>All</source>
        <translation>ทั้งหมด</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/orders_view.py" line="97"/>
        <source>{0} orders</source>
        <translation>{0} คำสั่งซื้อ</translation>
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
    <name>errors</name>
    <message>
        <location filename="../../salesapp/app.py" line="98"/>
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
        <location filename="../../salesapp/db/connection.py" line="226"/>
        <source>The server {server} refused the user name or password.</source>
        <translation>เซิร์ฟเวอร์ {server} ไม่ยอมรับชื่อผู้ใช้หรือรหัสผ่าน</translation>
    </message>
    <message>
        <location filename="../../salesapp/db/connection.py" line="229"/>
        <source>The server has no database “{name}”.</source>
        <translation>ไม่มีฐานข้อมูล “{name}” บนเซิร์ฟเวอร์</translation>
    </message>
    <message>
        <location filename="../../salesapp/db/connection.py" line="231"/>
        <source>The database server {server} cannot be reached: {detail}</source>
        <translation>เชื่อมต่อเซิร์ฟเวอร์ฐานข้อมูล {server} ไม่ได้: {detail}</translation>
    </message>
    <message>
        <location filename="../../salesapp/db/migrations/__init__.py" line="59"/>
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
        <location filename="../../salesapp/services/audit.py" line="91"/>
        <location filename="../../salesapp/services/customers.py" line="99"/>
        <location filename="../../salesapp/services/customers.py" line="137"/>
        <source>This record no longer exists: it was deleted on another desktop.</source>
        <translation>ไม่มีรายการนี้แล้ว เนื่องจากถูกลบจากเครื่องอื่น</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers.py" line="49"/>
        <source>Enter the customer&apos;s name.</source>
        <translation>กรุณากรอกชื่อลูกค้า</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers.py" line="53"/>
        <source>“{text}” is not an e-mail address.</source>
        <translation>“{text}” ไม่ใช่อีเมลที่ถูกต้อง</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers.py" line="56"/>
        <source>“{text}” is not a postcode.</source>
        <translation>“{text}” ไม่ใช่รหัสไปรษณีย์ที่ถูกต้อง</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers.py" line="58"/>
        <source>Choose Thailand or Vietnam.</source>
        <translation>กรุณาเลือกประเทศไทยหรือเวียดนาม</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers.py" line="93"/>
        <source>This customer belongs to another salesperson.</source>
        <translation>ลูกค้ารายนี้เป็นของพนักงานขายคนอื่น</translation>
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
        <location filename="../../salesapp/ui/i18n.py" line="77"/>
        <source>Something went wrong: {detail}</source>
        <translation>เกิดข้อผิดพลาด: {detail}</translation>
    </message>
</context>
</TS>

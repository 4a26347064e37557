<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>ContactRequestDialog</name>
    <message>
        <location filename="../../salesapp/ui/dialogs/intake_dialogs.py" line="94"/>
        <source>New contact-back request</source>
        <translation>Yêu cầu gọi lại mới</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/intake_dialogs.py" line="101"/>
        <source>Name:</source>
        <translation>Tên:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/intake_dialogs.py" line="102"/>
        <source>Phone:</source>
        <translation>Điện thoại:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/intake_dialogs.py" line="103"/>
        <source>Country:</source>
        <translation>Quốc gia:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/intake_dialogs.py" line="104"/>
        <source>Product of interest:</source>
        <translation>Sản phẩm quan tâm:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/intake_dialogs.py" line="105"/>
        <source>Message:</source>
        <translation>Lời nhắn:</translation>
    </message>
</context>
<context>
    <name>CustomersView</name>
    <message>
        <location filename="../../salesapp/ui/views/customers_view.py" line="35"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customers_view.py" line="36"/>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customers_view.py" line="37"/>
        <source>Province</source>
        <translation>Tỉnh/Thành phố</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customers_view.py" line="38"/>
        <source>Salesperson</source>
        <translation>Nhân viên bán hàng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customers_view.py" line="38"/>
        <source>Pool</source>
        <translation>Kho</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customers_view.py" line="40"/>
        <source>Created</source>
        <translation>Ngày tạo</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customers_view.py" line="44"/>
        <source>Search by name, phone or e-mail</source>
        <translation>Tìm theo tên, số điện thoại hoặc email</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customers_view.py" line="47"/>
        <source>Newest first</source>
        <translation>Mới nhất trước</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customers_view.py" line="48"/>
        <source>By name</source>
        <translation>Theo tên</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/customers_view.py" line="50"/>
        <source>Customers</source>
        <translation>Khách hàng</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <location filename="../../salesapp/ui/widgets/date_edit.py" line="278"/>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/date_edit.py" line="289"/>
        <source>Choose from the calendar (Alt+Down)</source>
        <translation>Chọn từ lịch (Alt+Mũi tên xuống)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/date_edit.py" line="290"/>
        <source>Open calendar</source>
        <translation>Mở lịch</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/date_edit.py" line="433"/>
        <source>Not a valid date. Type it as dd/mm/yyyy.</source>
        <translation>Ngày không hợp lệ. Hãy nhập theo dạng dd/mm/yyyy.</translation>
    </message>
</context>
<context>
    <name>DateTimeEdit</name>
    <message>
        <location filename="../../salesapp/ui/widgets/date_edit.py" line="485"/>
        <source>Time (24-hour)</source>
        <translation>Giờ (dạng 24 giờ)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/date_edit.py" line="486"/>
        <source>Now</source>
        <translation>Bây giờ</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <location filename="../../salesapp/ui/dialogs/intake_dialogs.py" line="67"/>
        <source>Thailand</source>
        <translation>Thái Lan</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/intake_dialogs.py" line="68"/>
        <source>Vietnam</source>
        <translation>Việt Nam</translation>
    </message>
</context>
<context>
    <name>EraCalendarWidget</name>
    <message>
        <location filename="../../salesapp/ui/widgets/date_edit.py" line="85"/>
        <source>Previous month</source>
        <translation>Tháng trước</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/date_edit.py" line="90"/>
        <source>Next month</source>
        <translation>Tháng sau</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/date_edit.py" line="94"/>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/date_edit.py" line="98"/>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/date_edit.py" line="102"/>
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../salesapp/ui/dialogs/first_run.py" line="52"/>
        <source>Welcome to salesapp</source>
        <translation>Chào mừng bạn đến với salesapp</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/first_run.py" line="54"/>
        <source>Where should salesapp keep your shop&apos;s data?</source>
        <translation>salesapp nên lưu dữ liệu cửa hàng của bạn ở đâu?</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/first_run.py" line="57"/>
        <source>On this computer (one shop, one desktop)</source>
        <translation>Trên máy tính này (một cửa hàng, một máy)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/first_run.py" line="59"/>
        <source>On the office&apos;s PostgreSQL server (shared by many desktops)</source>
        <translation>Trên máy chủ PostgreSQL của văn phòng (nhiều máy dùng chung)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/first_run.py" line="74"/>
        <source>First administrator (for a new database)</source>
        <translation>Quản trị viên đầu tiên (cho cơ sở dữ liệu mới)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/first_run.py" line="78"/>
        <source>Your name as colleagues see it</source>
        <translation>Tên của bạn mà đồng nghiệp sẽ thấy</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/first_run.py" line="83"/>
        <source>User name:</source>
        <translation>Tên đăng nhập:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/first_run.py" line="84"/>
        <source>Display name:</source>
        <translation>Tên hiển thị:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/first_run.py" line="85"/>
        <location filename="../../salesapp/ui/dialogs/first_run.py" line="137"/>
        <source>Password:</source>
        <translation>Mật khẩu:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/first_run.py" line="86"/>
        <source>Repeat password:</source>
        <translation>Nhập lại mật khẩu:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/first_run.py" line="112"/>
        <source>Browse…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/first_run.py" line="117"/>
        <source>Database file:</source>
        <translation>Tệp cơ sở dữ liệu:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/first_run.py" line="133"/>
        <source>Server:</source>
        <translation>Máy chủ:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/first_run.py" line="134"/>
        <source>Port:</source>
        <translation>Cổng:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/first_run.py" line="135"/>
        <source>Database:</source>
        <translation>Cơ sở dữ liệu:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/first_run.py" line="136"/>
        <source>User:</source>
        <translation>Người dùng:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/first_run.py" line="138"/>
        <source>The password is kept in the system&apos;s keyring, never in a plain file.</source>
        <translation>Mật khẩu được lưu trong kho khóa (keyring) của hệ thống, không bao giờ lưu trong tệp thường.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/first_run.py" line="145"/>
        <source>Create</source>
        <translation>Tạo</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/first_run.py" line="145"/>
        <source>Connect</source>
        <translation>Kết nối</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/first_run.py" line="149"/>
        <source>Database file</source>
        <translation>Tệp cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/first_run.py" line="149"/>
        <source>salesapp database (*.sqlite3)</source>
        <translation>Cơ sở dữ liệu salesapp (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/first_run.py" line="157"/>
        <source>The two passwords are not the same.</source>
        <translation>Hai mật khẩu không khớp nhau.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/first_run.py" line="163"/>
        <source>Choose a file for the database.</source>
        <translation>Hãy chọn một tệp cho cơ sở dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/first_run.py" line="172"/>
        <source>Enter the server, the database and the user.</source>
        <translation>Hãy nhập máy chủ, cơ sở dữ liệu và người dùng.</translation>
    </message>
</context>
<context>
    <name>FollowUp</name>
    <message>
        <location filename="../../salesapp/ui/followup_labels.py" line="14"/>
        <source>Order</source>
        <translation>Đơn hàng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup_labels.py" line="15"/>
        <source>Contact-back request</source>
        <translation>Yêu cầu gọi lại</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup_labels.py" line="16"/>
        <source>Payment notice</source>
        <translation>Thông báo chuyển khoản</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup_labels.py" line="19"/>
        <source>Orders</source>
        <translation>Đơn hàng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup_labels.py" line="20"/>
        <source>Contact-back requests</source>
        <translation>Yêu cầu gọi lại</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup_labels.py" line="21"/>
        <source>Payment notices</source>
        <translation>Thông báo chuyển khoản</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup_labels.py" line="24"/>
        <location filename="../../salesapp/ui/followup_labels.py" line="32"/>
        <source>New</source>
        <translation>Mới</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup_labels.py" line="25"/>
        <location filename="../../salesapp/ui/followup_labels.py" line="34"/>
        <source>Tracking</source>
        <translation>Đang theo dõi</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup_labels.py" line="26"/>
        <source>Due</source>
        <translation>Đến hạn</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup_labels.py" line="27"/>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup_labels.py" line="28"/>
        <location filename="../../salesapp/ui/followup_labels.py" line="35"/>
        <source>Closed</source>
        <translation>Đã đóng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup_labels.py" line="31"/>
        <source>Open (new, due, tracking)</source>
        <translation>Đang mở (mới, đến hạn, đang theo dõi)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup_labels.py" line="33"/>
        <source>Due and overdue</source>
        <translation>Đến hạn và quá hạn</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup_labels.py" line="38"/>
        <source>Created</source>
        <translation>Tạo mới</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup_labels.py" line="39"/>
        <source>Changed</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup_labels.py" line="40"/>
        <source>Deleted</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup_labels.py" line="41"/>
        <source>Note added</source>
        <translation>Thêm ghi chú</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup_labels.py" line="42"/>
        <source>Follow-up ended</source>
        <translation>Kết thúc theo dõi</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup_labels.py" line="43"/>
        <source>Reopened</source>
        <translation>Mở lại</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup_labels.py" line="44"/>
        <source>Matched payment</source>
        <translation>Đối soát thanh toán</translation>
    </message>
</context>
<context>
    <name>FollowUpDetailPane</name>
    <message>
        <location filename="../../salesapp/ui/views/followup_detail.py" line="106"/>
        <source>Show the slip full size</source>
        <translation>Xem biên lai cỡ đầy đủ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_detail.py" line="108"/>
        <location filename="../../salesapp/ui/views/followup_detail.py" line="284"/>
        <source>Match to an order…</source>
        <translation>Đối soát với đơn hàng…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_detail.py" line="121"/>
        <source>No notes yet.</source>
        <translation>Chưa có ghi chú.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_detail.py" line="123"/>
        <source>Write a note: what the customer said, what was agreed…</source>
        <translation>Viết ghi chú: khách nói gì, đã thỏa thuận gì…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_detail.py" line="128"/>
        <source>Save note</source>
        <translation>Lưu ghi chú</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_detail.py" line="131"/>
        <source>End follow-up</source>
        <translation>Kết thúc theo dõi</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_detail.py" line="133"/>
        <source>Reopen</source>
        <translation>Mở lại</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_detail.py" line="137"/>
        <source>Next follow-up:</source>
        <translation>Theo dõi tiếp theo:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_detail.py" line="166"/>
        <source>When</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_detail.py" line="166"/>
        <source>Who</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_detail.py" line="166"/>
        <source>What</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_detail.py" line="166"/>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_detail.py" line="171"/>
        <source>Follow-up</source>
        <translation>Theo dõi</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_detail.py" line="172"/>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_detail.py" line="177"/>
        <source>Select an item in the list to see it here.</source>
        <translation>Chọn một mục trong danh sách để xem tại đây.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_detail.py" line="214"/>
        <location filename="../../salesapp/ui/views/followup_detail.py" line="312"/>
        <source>next follow-up {0}</source>
        <translation>theo dõi tiếp lúc {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_detail.py" line="217"/>
        <source>Unassigned</source>
        <translation>Chưa giao</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_detail.py" line="235"/>
        <source>Order {0}</source>
        <translation>Đơn hàng {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_detail.py" line="241"/>
        <source>Ordered</source>
        <translation>Ngày đặt</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_detail.py" line="249"/>
        <source>Shipping</source>
        <translation>Phí vận chuyển</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_detail.py" line="251"/>
        <source>Total</source>
        <translation>Tổng tiền</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_detail.py" line="256"/>
        <source>Payment</source>
        <translation>Thanh toán</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_detail.py" line="256"/>
        <source>Paid by transfer ({0})</source>
        <translation>Đã thanh toán bằng chuyển khoản ({0})</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_detail.py" line="259"/>
        <source>Order note</source>
        <translation>Ghi chú đơn hàng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_detail.py" line="261"/>
        <source>Contact-back request {0}</source>
        <translation>Yêu cầu gọi lại {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_detail.py" line="263"/>
        <location filename="../../salesapp/ui/views/followup_detail.py" line="272"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_detail.py" line="264"/>
        <location filename="../../salesapp/ui/views/followup_detail.py" line="273"/>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_detail.py" line="265"/>
        <source>Received</source>
        <translation>Nhận lúc</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_detail.py" line="266"/>
        <source>Product</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_detail.py" line="267"/>
        <source>Message</source>
        <translation>Lời nhắn</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_detail.py" line="270"/>
        <source>Payment notice {0}</source>
        <translation>Thông báo chuyển khoản {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_detail.py" line="274"/>
        <source>Amount</source>
        <translation>Số tiền</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_detail.py" line="275"/>
        <source>Bank</source>
        <translation>Ngân hàng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_detail.py" line="276"/>
        <source>Transferred</source>
        <translation>Chuyển lúc</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_detail.py" line="277"/>
        <source>Order number given</source>
        <translation>Mã đơn khách báo</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_detail.py" line="278"/>
        <source>Matched order</source>
        <translation>Đơn hàng đã khớp</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_detail.py" line="278"/>
        <source>Not matched yet</source>
        <translation>Chưa đối soát</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_detail.py" line="282"/>
        <source>Match to another order…</source>
        <translation>Đối soát với đơn hàng khác…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_detail.py" line="314"/>
        <source>ended the follow-up</source>
        <translation>đã kết thúc theo dõi</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_detail.py" line="315"/>
        <source>(time set, no note)</source>
        <translation>(đã đặt giờ, không có ghi chú)</translation>
    </message>
</context>
<context>
    <name>FollowUpView</name>
    <message>
        <location filename="../../salesapp/ui/views/followup_view.py" line="105"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_view.py" line="108"/>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_view.py" line="109"/>
        <source>Number</source>
        <translation>Mã số</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_view.py" line="110"/>
        <source>Customer</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_view.py" line="111"/>
        <source>Amount</source>
        <translation>Số tiền</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_view.py" line="112"/>
        <source>Next follow-up</source>
        <translation>Theo dõi tiếp theo</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_view.py" line="113"/>
        <source>Latest note</source>
        <translation>Ghi chú mới nhất</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_view.py" line="114"/>
        <source>Salesperson</source>
        <translation>Nhân viên bán hàng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_view.py" line="114"/>
        <location filename="../../salesapp/ui/views/followup_view.py" line="126"/>
        <source>Unassigned</source>
        <translation>Chưa giao</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_view.py" line="117"/>
        <source>All follow-ups</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_view.py" line="125"/>
        <source>Mine</source>
        <translation>Của tôi</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_view.py" line="128"/>
        <source>Everyone</source>
        <translation>Mọi người</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_view.py" line="134"/>
        <source>New</source>
        <translation>Thêm mới</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_view.py" line="138"/>
        <source>Contact-back request…</source>
        <translation>Yêu cầu gọi lại…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_view.py" line="139"/>
        <source>Payment notice…</source>
        <translation>Thông báo chuyển khoản…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_view.py" line="142"/>
        <source>Show:</source>
        <translation>Hiển thị:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_view.py" line="148"/>
        <source>Show due items</source>
        <translation>Xem mục đến hạn</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_view.py" line="223"/>
        <source>{0} follow-ups</source>
        <translation>{0} mục theo dõi</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_view.py" line="234"/>
        <source>Next follow-up: {0}</source>
        <translation>Theo dõi tiếp theo: {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_view.py" line="244"/>
        <source>Latest note by {0}, {1}:</source>
        <translation>Ghi chú mới nhất của {0}, {1}:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_view.py" line="247"/>
        <source>No notes yet.</source>
        <translation>Chưa có ghi chú.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_view.py" line="343"/>
        <source>Note saved.</source>
        <translation>Đã lưu ghi chú.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_view.py" line="349"/>
        <source>Follow-up ended.</source>
        <translation>Đã kết thúc theo dõi.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_view.py" line="355"/>
        <source>Follow-up reopened.</source>
        <translation>Đã mở lại theo dõi.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_view.py" line="372"/>
        <source>Payment matched.</source>
        <translation>Đã đối soát thanh toán.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_view.py" line="397"/>
        <source>{0} {1} saved.</source>
        <translation>Đã lưu {0} {1}.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_view.py" line="428"/>
        <source>Follow-up due: {0}</source>
        <translation>Đến hạn theo dõi: {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_view.py" line="430"/>
        <source>{0} follow-ups are due</source>
        <translation>{0} mục theo dõi đã đến hạn</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_view.py" line="440"/>
        <source>salesapp: {0} follow-ups today or overdue</source>
        <translation>salesapp: {0} mục theo dõi hôm nay hoặc quá hạn</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_view.py" line="447"/>
        <source>Today: {0} follow-ups planned, {1} overdue from earlier days.</source>
        <translation>Hôm nay: {0} mục theo dõi theo lịch, {1} mục quá hạn từ những ngày trước.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/followup_view.py" line="452"/>
        <source>Good morning</source>
        <translation>Chào buổi sáng</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../salesapp/app.py" line="241"/>
        <source>Connection to the server lost: reconnecting…</source>
        <translation>Mất kết nối với máy chủ: đang kết nối lại…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/main_window.py" line="29"/>
        <source>Follow-up</source>
        <translation>Theo dõi</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/main_window.py" line="30"/>
        <source>Orders, call-back requests and payment notices to follow up until they close, with today&apos;s and overdue items first.</source>
        <translation>Đơn hàng, yêu cầu gọi lại và thông báo chuyển khoản cần theo dõi cho đến khi xong, việc hôm nay và việc quá hạn được xếp lên trước.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/main_window.py" line="38"/>
        <source>Orders</source>
        <translation>Đơn hàng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/main_window.py" line="39"/>
        <source>Every order with its lines, totals, payment and shipping status.</source>
        <translation>Tất cả đơn hàng kèm các dòng sản phẩm, tổng tiền, tình trạng thanh toán và giao hàng.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/main_window.py" line="43"/>
        <source>Customers</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/main_window.py" line="44"/>
        <source>One profile per customer, filled from chat messages, tagged and handed over fairly between staff.</source>
        <translation>Mỗi khách hàng một hồ sơ, điền từ tin nhắn chat, gắn thẻ và chia đều công bằng cho nhân viên.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/main_window.py" line="52"/>
        <source>Upsell</source>
        <translation>Bán thêm</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/main_window.py" line="53"/>
        <source>Fresh orders to call before they ship, shared fairly between telesales staff.</source>
        <translation>Đơn hàng mới cần gọi cho khách trước khi giao, chia đều công bằng cho nhân viên telesales.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/main_window.py" line="59"/>
        <source>Opportunities</source>
        <translation>Cơ hội bán hàng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/main_window.py" line="60"/>
        <source>Possible sales moving through the pipeline stages, with their win probability.</source>
        <translation>Các cơ hội bán hàng đi qua từng giai đoạn của quy trình bán hàng, kèm khả năng chốt được đơn.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/main_window.py" line="66"/>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/main_window.py" line="67"/>
        <source>Follow-up, upsell and pipeline figures per staff member and period.</source>
        <translation>Số liệu theo dõi, bán thêm và quy trình bán hàng theo từng nhân viên và từng kỳ.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/main_window.py" line="69"/>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/main_window.py" line="94"/>
        <source>salesapp</source>
        <translation>salesapp</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/main_window.py" line="124"/>
        <source>Local database file</source>
        <translation>Tệp cơ sở dữ liệu trên máy này</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/main_window.py" line="124"/>
        <source>Shared PostgreSQL server</source>
        <translation>Máy chủ PostgreSQL dùng chung</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/main_window.py" line="127"/>
        <source>Signed in as {0} ({1})</source>
        <translation>Đã đăng nhập: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/main_window.py" line="159"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/main_window.py" line="160"/>
        <source>Sign &amp;out</source>
        <translation>Đăng &amp;xuất</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/main_window.py" line="164"/>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/main_window.py" line="169"/>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/main_window.py" line="177"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Làm mới</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/main_window.py" line="181"/>
        <source>&amp;Preferences</source>
        <translation>Tùy &amp;chọn</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/main_window.py" line="186"/>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/main_window.py" line="187"/>
        <source>&amp;About salesapp</source>
        <translation>&amp;Giới thiệu salesapp</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/main_window.py" line="194"/>
        <source>About salesapp</source>
        <translation>Giới thiệu salesapp</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/main_window.py" line="195"/>
        <source>salesapp {0}
Sales follow-up for small online shops.</source>
        <translation>salesapp {0}
Theo dõi bán hàng cho các cửa hàng online nhỏ.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/main_window.py" line="216"/>
        <source>Administrator</source>
        <translation>Quản trị viên</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/main_window.py" line="217"/>
        <source>Manager</source>
        <translation>Quản lý</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/main_window.py" line="218"/>
        <source>Sales</source>
        <translation>Nhân viên bán hàng</translation>
    </message>
</context>
<context>
    <name>MatchDialog</name>
    <message>
        <location filename="../../salesapp/ui/dialogs/intake_dialogs.py" line="189"/>
        <source>Match payment notice {0}</source>
        <translation>Đối soát thông báo chuyển khoản {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/intake_dialogs.py" line="192"/>
        <source>{0} transferred {1} from {2}.</source>
        <translation>{0} đã chuyển {1} từ {2}.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/intake_dialogs.py" line="201"/>
        <source>Order</source>
        <translation>Đơn hàng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/intake_dialogs.py" line="202"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/intake_dialogs.py" line="203"/>
        <source>Customer</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/intake_dialogs.py" line="204"/>
        <source>Total</source>
        <translation>Tổng tiền</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/intake_dialogs.py" line="205"/>
        <source>Why suggested</source>
        <translation>Lý do gợi ý</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/intake_dialogs.py" line="211"/>
        <source>Looking for orders…</source>
        <translation>Đang tìm đơn hàng…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/intake_dialogs.py" line="213"/>
        <source>Match</source>
        <translation>Đối soát</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/intake_dialogs.py" line="233"/>
        <source>order number given</source>
        <translation>khớp mã đơn khách báo</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/intake_dialogs.py" line="234"/>
        <source>same amount</source>
        <translation>cùng số tiền</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/intake_dialogs.py" line="235"/>
        <source>same customer</source>
        <translation>cùng khách hàng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/intake_dialogs.py" line="238"/>
        <source>same phone</source>
        <translation>cùng số điện thoại</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/intake_dialogs.py" line="249"/>
        <source>No orders of this customer were found.</source>
        <translation>Không tìm thấy đơn hàng nào của khách hàng này.</translation>
    </message>
</context>
<context>
    <name>OrdersView</name>
    <message>
        <location filename="../../salesapp/ui/views/orders_view.py" line="24"/>
        <source>Awaiting</source>
        <translation>Chờ xác nhận</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/orders_view.py" line="25"/>
        <source>Confirmed</source>
        <translation>Đã xác nhận</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/orders_view.py" line="26"/>
        <source>Packed</source>
        <translation>Đã đóng gói</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/orders_view.py" line="27"/>
        <source>Shipped</source>
        <translation>Đang giao</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/orders_view.py" line="28"/>
        <source>Delivered</source>
        <translation>Đã giao</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/orders_view.py" line="29"/>
        <source>Cancelled</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/orders_view.py" line="30"/>
        <source>Returned</source>
        <translation>Hoàn trả</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/orders_view.py" line="49"/>
        <source>Order</source>
        <translation>Đơn hàng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/orders_view.py" line="50"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/orders_view.py" line="51"/>
        <source>Customer</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/orders_view.py" line="52"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/orders_view.py" line="53"/>
        <source>Total</source>
        <translation>Tổng tiền</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/orders_view.py" line="54"/>
        <source>Salesperson</source>
        <translation>Nhân viên bán hàng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/orders_view.py" line="57"/>
        <source>All</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/orders_view.py" line="66"/>
        <source>Search by order number, customer name or phone</source>
        <translation>Tìm theo mã đơn, tên khách hoặc số điện thoại</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/orders_view.py" line="113"/>
        <source>{0} orders found</source>
        <translation>Tìm thấy {0} đơn hàng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/orders_view.py" line="115"/>
        <source>The first {0} orders found; type more to narrow the search</source>
        <translation>{0} đơn hàng đầu tiên tìm thấy; gõ thêm để thu hẹp kết quả</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/orders_view.py" line="117"/>
        <source>{0} orders</source>
        <translation>{0} đơn hàng</translation>
    </message>
</context>
<context>
    <name>PaymentNoticeDialog</name>
    <message>
        <location filename="../../salesapp/ui/dialogs/intake_dialogs.py" line="118"/>
        <source>New payment notice</source>
        <translation>Thông báo chuyển khoản mới</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/intake_dialogs.py" line="129"/>
        <source>No slip attached</source>
        <translation>Chưa đính kèm biên lai</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/intake_dialogs.py" line="130"/>
        <source>Attach slip…</source>
        <translation>Đính kèm biên lai…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/intake_dialogs.py" line="140"/>
        <source>Name:</source>
        <translation>Tên:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/intake_dialogs.py" line="141"/>
        <source>Phone:</source>
        <translation>Điện thoại:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/intake_dialogs.py" line="142"/>
        <source>Country:</source>
        <translation>Quốc gia:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/intake_dialogs.py" line="143"/>
        <source>Amount:</source>
        <translation>Số tiền:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/intake_dialogs.py" line="144"/>
        <source>Bank:</source>
        <translation>Ngân hàng:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/intake_dialogs.py" line="145"/>
        <source>Transferred at:</source>
        <translation>Thời gian chuyển:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/intake_dialogs.py" line="146"/>
        <source>Order number given:</source>
        <translation>Mã đơn khách báo:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/intake_dialogs.py" line="147"/>
        <source>Slip:</source>
        <translation>Biên lai:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/intake_dialogs.py" line="152"/>
        <source>Choose the payment slip</source>
        <translation>Chọn biên lai chuyển khoản</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/intake_dialogs.py" line="152"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Hình ảnh (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../salesapp/ui/views/settings_view.py" line="34"/>
        <source>This desktop</source>
        <translation>Máy này</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/settings_view.py" line="37"/>
        <source>System language</source>
        <translation>Ngôn ngữ hệ thống</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/settings_view.py" line="41"/>
        <source>Show and type years in the Buddhist era (2569 = 2026)</source>
        <translation>Hiển thị và nhập năm theo Phật lịch (2569 = 2026)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/settings_view.py" line="43"/>
        <source>Language:</source>
        <translation>Ngôn ngữ:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/settings_view.py" line="45"/>
        <source>Save preferences</source>
        <translation>Lưu tùy chọn</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/settings_view.py" line="50"/>
        <source>Database</source>
        <translation>Cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/settings_view.py" line="54"/>
        <source>In use:</source>
        <translation>Đang dùng:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/settings_view.py" line="68"/>
        <source>Saved. The new language is used when salesapp starts again.</source>
        <translation>Đã lưu. Ngôn ngữ mới sẽ được dùng khi mở lại salesapp.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/views/settings_view.py" line="70"/>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../salesapp/ui/dialogs/sign_in.py" line="25"/>
        <source>Sign in to salesapp</source>
        <translation>Đăng nhập vào salesapp</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/sign_in.py" line="28"/>
        <source>Database: {0}</source>
        <translation>Cơ sở dữ liệu: {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/sign_in.py" line="34"/>
        <source>User name:</source>
        <translation>Tên đăng nhập:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/sign_in.py" line="35"/>
        <source>Password:</source>
        <translation>Mật khẩu:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/sign_in.py" line="40"/>
        <source>Sign in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/sign_in.py" line="41"/>
        <source>Other database…</source>
        <translation>Cơ sở dữ liệu khác…</translation>
    </message>
</context>
<context>
    <name>SlipDialog</name>
    <message>
        <location filename="../../salesapp/ui/dialogs/intake_dialogs.py" line="266"/>
        <source>Payment slip</source>
        <translation>Biên lai chuyển khoản</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../salesapp/app.py" line="102"/>
        <source>This database is new: create its first administrator.</source>
        <translation>Cơ sở dữ liệu này còn mới: hãy tạo quản trị viên đầu tiên.</translation>
    </message>
    <message>
        <location filename="../../salesapp/db/connection.py" line="75"/>
        <source>The database {path} is read-only: salesapp needs to write to it.</source>
        <translation>Cơ sở dữ liệu {path} chỉ cho phép đọc: salesapp cần ghi được vào đó.</translation>
    </message>
    <message>
        <location filename="../../salesapp/db/connection.py" line="78"/>
        <location filename="../../salesapp/db/connection.py" line="81"/>
        <location filename="../../salesapp/db/connection.py" line="172"/>
        <source>The database cannot be opened: {detail}</source>
        <translation>Không mở được cơ sở dữ liệu: {detail}</translation>
    </message>
    <message>
        <location filename="../../salesapp/db/connection.py" line="110"/>
        <source>{path} is on a network share. SQLite files are not safe on shared folders: several desktops would damage it. Use a PostgreSQL server to share data.</source>
        <translation>{path} nằm trong thư mục chia sẻ qua mạng. Tệp SQLite không an toàn trong thư mục chia sẻ: nhiều máy dùng cùng lúc sẽ làm hỏng tệp. Hãy dùng máy chủ PostgreSQL để dùng chung dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../salesapp/db/connection.py" line="119"/>
        <source>There is no database file at {path}.</source>
        <translation>Không có tệp cơ sở dữ liệu tại {path}.</translation>
    </message>
    <message>
        <location filename="../../salesapp/db/connection.py" line="124"/>
        <source>The folder {folder} cannot be created: {detail}</source>
        <translation>Không tạo được thư mục {folder}: {detail}</translation>
    </message>
    <message>
        <location filename="../../salesapp/db/connection.py" line="130"/>
        <source>The folder {folder} is read-only: salesapp needs to write its database there.</source>
        <translation>Thư mục {folder} chỉ cho phép đọc: salesapp cần ghi cơ sở dữ liệu vào đó.</translation>
    </message>
    <message>
        <location filename="../../salesapp/db/connection.py" line="140"/>
        <location filename="../../salesapp/db/connection.py" line="175"/>
        <location filename="../../salesapp/db/connection.py" line="184"/>
        <source>{path} is not a salesapp database (it is not an SQLite file).</source>
        <translation>{path} không phải là cơ sở dữ liệu salesapp (không phải tệp SQLite).</translation>
    </message>
    <message>
        <location filename="../../salesapp/db/connection.py" line="190"/>
        <source>{path} is an SQLite file of another program, not a salesapp database.</source>
        <translation>{path} là tệp SQLite của chương trình khác, không phải cơ sở dữ liệu salesapp.</translation>
    </message>
    <message>
        <location filename="../../salesapp/db/connection.py" line="230"/>
        <source>The server {server} refused the user name or password.</source>
        <translation>Máy chủ {server} từ chối tên đăng nhập hoặc mật khẩu.</translation>
    </message>
    <message>
        <location filename="../../salesapp/db/connection.py" line="233"/>
        <source>The server has no database “{name}”.</source>
        <translation>Máy chủ không có cơ sở dữ liệu “{name}”.</translation>
    </message>
    <message>
        <location filename="../../salesapp/db/connection.py" line="235"/>
        <source>The database server {server} cannot be reached: {detail}</source>
        <translation>Không kết nối được máy chủ cơ sở dữ liệu {server}: {detail}</translation>
    </message>
    <message>
        <location filename="../../salesapp/db/migrations/__init__.py" line="81"/>
        <source>This database was created by a newer version of salesapp (schema {found}, this app knows {latest}). Install the newer salesapp; the database was not changed.</source>
        <translation>Cơ sở dữ liệu này được tạo bởi phiên bản salesapp mới hơn (lược đồ {found}, ứng dụng này chỉ biết đến {latest}). Hãy cài salesapp bản mới hơn; cơ sở dữ liệu chưa bị thay đổi.</translation>
    </message>
    <message>
        <location filename="../../salesapp/db/url.py" line="53"/>
        <source>The database address “{url}” names no file.</source>
        <translation>Địa chỉ cơ sở dữ liệu “{url}” không chỉ ra tệp nào.</translation>
    </message>
    <message>
        <location filename="../../salesapp/db/url.py" line="57"/>
        <source>The database address “{url}” names no database.</source>
        <translation>Địa chỉ cơ sở dữ liệu “{url}” không có tên cơ sở dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../salesapp/db/url.py" line="68"/>
        <source>“{url}” is not a database address: use sqlite:///path or postgresql://user@host/database.</source>
        <translation>“{url}” không phải là địa chỉ cơ sở dữ liệu: hãy dùng dạng sqlite:///path hoặc postgresql://user@host/database.</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/errors.py" line="55"/>
        <source>This record was changed by {user} at {time}. Reload it and apply your change again.</source>
        <translation>Bản ghi này đã được {user} sửa lúc {time}. Hãy tải lại rồi thực hiện lại thay đổi của bạn.</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/images.py" line="25"/>
        <source>“{name}” is {size} MB; images may be at most {limit} MB.</source>
        <translation>“{name}” có dung lượng {size} MB; ảnh chỉ được tối đa {limit} MB.</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/images.py" line="33"/>
        <source>“{name}” is not a PNG or JPEG image.</source>
        <translation>“{name}” không phải là ảnh PNG hoặc JPEG.</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/money.py" line="50"/>
        <location filename="../../salesapp/domain/money.py" line="55"/>
        <location filename="../../salesapp/domain/money.py" line="63"/>
        <source>“{text}” is not an amount of money.</source>
        <translation>“{text}” không phải là số tiền hợp lệ.</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/phone.py" line="88"/>
        <source>“{text}” is not a valid phone number.</source>
        <translation>“{text}” không phải là số điện thoại hợp lệ.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/audit.py" line="89"/>
        <location filename="../../salesapp/services/customers.py" line="101"/>
        <location filename="../../salesapp/services/customers.py" line="143"/>
        <location filename="../../salesapp/services/followups.py" line="47"/>
        <source>This record no longer exists: it was deleted on another desktop.</source>
        <translation>Bản ghi này không còn nữa: nó đã bị xóa trên một máy khác.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers.py" line="50"/>
        <location filename="../../salesapp/services/intake.py" line="127"/>
        <source>Enter the customer&apos;s name.</source>
        <translation>Hãy nhập tên khách hàng.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers.py" line="54"/>
        <source>“{text}” is not an e-mail address.</source>
        <translation>“{text}” không phải là địa chỉ email.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers.py" line="57"/>
        <source>“{text}” is not a postcode.</source>
        <translation>“{text}” không phải là mã bưu chính.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers.py" line="59"/>
        <source>Choose Thailand or Vietnam.</source>
        <translation>Hãy chọn Thái Lan hoặc Việt Nam.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers.py" line="95"/>
        <source>This customer belongs to another salesperson.</source>
        <translation>Khách hàng này thuộc về nhân viên bán hàng khác.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/followups.py" line="73"/>
        <source>This follow-up belongs to another salesperson.</source>
        <translation>Mục theo dõi này thuộc về nhân viên bán hàng khác.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/followups.py" line="223"/>
        <source>The next follow-up time has passed. Choose a later time, or “Now” to follow up now.</source>
        <translation>Thời gian theo dõi tiếp theo đã qua. Hãy chọn thời gian muộn hơn, hoặc bấm “Bây giờ” để theo dõi ngay.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/followups.py" line="240"/>
        <source>Write a note or choose the next follow-up time.</source>
        <translation>Hãy viết ghi chú hoặc chọn thời gian theo dõi tiếp theo.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/followups.py" line="245"/>
        <source>This follow-up is closed; a manager can reopen it.</source>
        <translation>Mục theo dõi này đã đóng; quản lý có thể mở lại.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/followups.py" line="311"/>
        <source>This follow-up is already closed.</source>
        <translation>Mục theo dõi này đã đóng rồi.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/followups.py" line="331"/>
        <source>Only a manager can reopen a closed follow-up.</source>
        <translation>Chỉ quản lý mới được mở lại mục theo dõi đã đóng.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/followups.py" line="336"/>
        <source>This follow-up is open.</source>
        <translation>Mục theo dõi này đang mở.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/intake.py" line="129"/>
        <source>Enter the customer&apos;s phone number.</source>
        <translation>Hãy nhập số điện thoại của khách hàng.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/intake.py" line="140"/>
        <source>The time received cannot be in the future.</source>
        <translation>Thời gian nhận không được ở tương lai.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/intake.py" line="152"/>
        <location filename="../../salesapp/ui/dialogs/intake_dialogs.py" line="166"/>
        <source>Enter the amount transferred.</source>
        <translation>Hãy nhập số tiền đã chuyển.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/intake.py" line="154"/>
        <source>Enter the bank the money was sent from.</source>
        <translation>Hãy nhập ngân hàng đã chuyển tiền.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/intake.py" line="157"/>
        <source>The transfer time cannot be in the future.</source>
        <translation>Thời gian chuyển khoản không được ở tương lai.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/intake.py" line="226"/>
        <source>Order {order} is already paid by payment notice {notice}.</source>
        <translation>Đơn hàng {order} đã được thanh toán theo thông báo chuyển khoản {notice}.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/users.py" line="42"/>
        <source>Enter a user name.</source>
        <translation>Hãy nhập tên đăng nhập.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/users.py" line="44"/>
        <source>A user name cannot contain spaces.</source>
        <translation>Tên đăng nhập không được chứa dấu cách.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/users.py" line="47"/>
        <source>The password must have at least {n} characters.</source>
        <translation>Mật khẩu phải có ít nhất {n} ký tự.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/users.py" line="60"/>
        <source>This database already has users: sign in instead.</source>
        <translation>Cơ sở dữ liệu này đã có người dùng: hãy đăng nhập.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/users.py" line="68"/>
        <location filename="../../salesapp/services/users.py" line="145"/>
        <source>Only an administrator can manage staff accounts.</source>
        <translation>Chỉ quản trị viên mới được quản lý tài khoản nhân viên.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/users.py" line="73"/>
        <source>The user name “{name}” is taken.</source>
        <translation>Tên đăng nhập “{name}” đã có người dùng.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/users.py" line="104"/>
        <source>Wrong user name or password.</source>
        <translation>Sai tên đăng nhập hoặc mật khẩu.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/users.py" line="112"/>
        <source>This account is disabled. Ask your manager.</source>
        <translation>Tài khoản này đã bị khóa. Hãy liên hệ quản lý của bạn.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/users.py" line="152"/>
        <source>The last administrator cannot lose the administrator role.</source>
        <translation>Không thể bỏ vai trò quản trị viên của quản trị viên cuối cùng.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/dialogs/intake_dialogs.py" line="169"/>
        <source>Enter when the money was transferred.</source>
        <translation>Hãy nhập thời gian chuyển tiền.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/i18n.py" line="77"/>
        <source>Something went wrong: {detail}</source>
        <translation>Đã xảy ra lỗi: {detail}</translation>
    </message>
</context>
</TS>

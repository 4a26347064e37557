<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../salesapp/ui/mainwindow/about_dialog.py" line="41" />
        <source>About salesapp</source>
        <translation>Giới thiệu salesapp</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/about_dialog.py" line="52" />
        <source>Version {0}</source>
        <translation>Phiên bản {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/about_dialog.py" line="53" />
        <source>Sales follow-up for small online shops in Thailand and Vietnam.</source>
        <translation>Theo dõi bán hàng cho các cửa hàng online nhỏ ở Thái Lan và Việt Nam.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/about_dialog.py" line="66" />
        <source>About</source>
        <translation>Giới thiệu</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/about_dialog.py" line="72" />
        <source>Third-party notices</source>
        <translation>Thông báo của bên thứ ba</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/about_dialog.py" line="86" />
        <source>shared PostgreSQL server</source>
        <translation>máy chủ PostgreSQL dùng chung</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/about_dialog.py" line="86" />
        <source>local database file</source>
        <translation>tệp cơ sở dữ liệu trên máy này</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/about_dialog.py" line="95" />
        <source>Version:</source>
        <translation>Phiên bản:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/about_dialog.py" line="96" />
        <source>Database:</source>
        <translation>Cơ sở dữ liệu:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/about_dialog.py" line="97" />
        <source>Qt and PySide6:</source>
        <translation>Qt và PySide6:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/about_dialog.py" line="98" />
        <source>Python:</source>
        <translation>Python:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/about_dialog.py" line="99" />
        <source>System:</source>
        <translation>Hệ điều hành:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/about_dialog.py" line="112" />
        <source>salesapp is built with the open-source libraries listed below, each under its own licence. Qt and PySide6 are used under the GNU Lesser General Public License version 3 (LGPL v3): you may replace them with other builds of the same version.</source>
        <translation>salesapp được xây dựng từ các thư viện mã nguồn mở liệt kê dưới đây, mỗi thư viện theo giấy phép riêng của nó. Qt và PySide6 được dùng theo Giấy phép Công cộng Hạn chế GNU phiên bản 3 (LGPL v3): bạn có thể thay chúng bằng bản dựng khác của cùng phiên bản.</translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
    <message>
        <location filename="../../salesapp/ui/customers/_appointment_dialog.py" line="90" />
        <source>New appointment</source>
        <translation>Lịch hẹn mới</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_appointment_dialog.py" line="92" />
        <source>Move appointment</source>
        <translation>Dời lịch hẹn</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_appointment_dialog.py" line="95" />
        <source>Meeting with &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>Cuộc hẹn với &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_appointment_dialog.py" line="101" />
        <source> min</source>
        <translation> phút</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_appointment_dialog.py" line="103" />
        <source>Shop, office, café, customer's address…</source>
        <translation>Cửa hàng, văn phòng, quán cà phê, địa chỉ khách…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_appointment_dialog.py" line="105" />
        <source>What the meeting is for</source>
        <translation>Mục đích của cuộc hẹn</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_appointment_dialog.py" line="109" />
        <source>When:</source>
        <translation>Thời gian:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_appointment_dialog.py" line="116" />
        <source>Duration:</source>
        <translation>Thời lượng:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_appointment_dialog.py" line="117" />
        <source>Place:</source>
        <translation>Địa điểm:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_appointment_dialog.py" line="118" />
        <source>Purpose:</source>
        <translation>Mục đích:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_appointment_dialog.py" line="125" />
        <source>Call off meeting…</source>
        <translation>Hủy cuộc hẹn…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_appointment_dialog.py" line="155" />
        <source>until {0}</source>
        <translation>đến {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_appointment_dialog.py" line="163" />
        <source>Type the date as dd/mm/yyyy.</source>
        <translation>Hãy nhập ngày theo dạng dd/mm/yyyy.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_appointment_dialog.py" line="166" />
        <source>Enter the date of the meeting.</source>
        <translation>Hãy nhập ngày của cuộc hẹn.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_appointment_dialog.py" line="190" />
        <source>Call off meeting</source>
        <translation>Hủy cuộc hẹn</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_appointment_dialog.py" line="191" />
        <source>Call off this meeting? It is removed from the calendar; the history keeps it.</source>
        <translation>Hủy cuộc hẹn này? Cuộc hẹn sẽ bị gỡ khỏi lịch nhưng vẫn được giữ trong lịch sử.</translation>
    </message>
</context>
<context>
    <name>AppointmentsWeekView</name>
    <message>
        <location filename="../../salesapp/ui/customers/_appointments_week.py" line="114" />
        <source>◀ Previous week</source>
        <translation>◀ Tuần trước</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_appointments_week.py" line="115" />
        <source>This week</source>
        <translation>Tuần này</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_appointments_week.py" line="116" />
        <source>Next week ▶</source>
        <translation>Tuần sau ▶</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_appointments_week.py" line="209" />
        <source>%n meeting(s)</source>
        <translation>%n cuộc hẹn</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_appointments_week.py" line="226" />
        <source>Outcome: {0}</source>
        <translation>Kết quả: {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_appointments_week.py" line="232" />
        <source>The outcome is not recorded yet.</source>
        <translation>Chưa ghi kết quả.</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_dialogs.py" line="162" />
        <source>Assign %Ln case(s)</source>
        <translation>Giao %Ln mục</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_dialogs.py" line="165" />
        <source>Assign to:</source>
        <translation>Giao cho:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_dialogs.py" line="166" />
        <source>Assign</source>
        <translation>Giao</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="22" />
        <source>Staff account</source>
        <translation>Tài khoản nhân viên</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="23" />
        <source>Customer</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="24" />
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="72" />
        <source>Tag</source>
        <translation>Thẻ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="25" />
        <source>Product</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="26" />
        <source>Order</source>
        <translation>Đơn hàng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="27" />
        <source>Setting</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="28" />
        <source>Follow-up</source>
        <translation>Theo dõi</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="29" />
        <source>Call-back request</source>
        <translation>Yêu cầu gọi lại</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="30" />
        <source>Payment notice</source>
        <translation>Thông báo chuyển khoản</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="31" />
        <source>Appointment</source>
        <translation>Lịch hẹn</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="32" />
        <source>Segment</source>
        <translation>Phân khúc</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="33" />
        <source>Upsell case</source>
        <translation>Ca bán thêm</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="34" />
        <source>Opportunity</source>
        <translation>Cơ hội bán hàng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="35" />
        <source>Opportunity stage</source>
        <translation>Giai đoạn cơ hội</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="36" />
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="71" />
        <source>Pool</source>
        <translation>Kho khách hàng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="39" />
        <source>Created</source>
        <translation>Tạo mới</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="40" />
        <source>Changed</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="41" />
        <source>Deleted</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="42" />
        <source>Signed in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="43" />
        <source>Password changed</source>
        <translation>Đổi mật khẩu</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="44" />
        <source>Note added</source>
        <translation>Thêm ghi chú</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="45" />
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="93" />
        <source>Closed</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="46" />
        <source>Reopened</source>
        <translation>Mở lại</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="47" />
        <source>Matched</source>
        <translation>Đã đối chiếu</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="48" />
        <source>Handed over</source>
        <translation>Bàn giao</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="49" />
        <source>Taken back</source>
        <translation>Thu hồi</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="50" />
        <source>Tag added</source>
        <translation>Gắn thẻ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="51" />
        <source>Tag removed</source>
        <translation>Gỡ thẻ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="52" />
        <source>Merged</source>
        <translation>Gộp</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="53" />
        <source>Merge undone</source>
        <translation>Hủy gộp</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="54" />
        <source>Imported</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="55" />
        <source>Queued for upsell</source>
        <translation>Vào hàng chờ bán thêm</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="56" />
        <source>Assigned</source>
        <translation>Giao việc</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="57" />
        <source>Given back</source>
        <translation>Trả lại</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="58" />
        <source>Status changed</source>
        <translation>Đổi trạng thái</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="59" />
        <source>Note deleted</source>
        <translation>Xóa ghi chú</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="60" />
        <source>Note pinned</source>
        <translation>Ghim ghi chú</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="61" />
        <source>Note unpinned</source>
        <translation>Bỏ ghim ghi chú</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="62" />
        <source>Call</source>
        <translation>Cuộc gọi</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="63" />
        <source>Stage changed</source>
        <translation>Đổi giai đoạn</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="64" />
        <source>Won</source>
        <translation>Thành công</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="65" />
        <source>Lost</source>
        <translation>Thất bại</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="69" />
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="70" />
        <source>Salesperson</source>
        <translation>Nhân viên bán hàng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="73" />
        <source>Tags</source>
        <translation>Thẻ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="74" />
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="75" />
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="76" />
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="77" />
        <source>Stage</source>
        <translation>Giai đoạn</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="78" />
        <source>Amount</source>
        <translation>Số tiền</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="79" />
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="80" />
        <source>Upsell amount</source>
        <translation>Số tiền bán thêm</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="81" />
        <source>Currency</source>
        <translation>Tiền tệ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="82" />
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="83" />
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="84" />
        <source>Pinned</source>
        <translation>Đã ghim</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="85" />
        <source>Images</source>
        <translation>Hình ảnh</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="86" />
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="87" />
        <source>Enabled</source>
        <translation>Đang hoạt động</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="88" />
        <source>Display name</source>
        <translation>Tên hiển thị</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="89" />
        <source>User name</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="90" />
        <source>Default</source>
        <translation>Mặc định</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="91" />
        <source>Probability</source>
        <translation>Xác suất</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="92" />
        <source>Position</source>
        <translation>Thứ tự</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="94" />
        <source>Next follow-up</source>
        <translation>Lần theo dõi tiếp theo</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="95" />
        <source>Outcome</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="96" />
        <source>Starts</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="97" />
        <source>Reason lost</source>
        <translation>Lý do thất bại</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="98" />
        <source>Assigned to</source>
        <translation>Giao cho</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="99" />
        <source>Length (seconds)</source>
        <translation>Thời lượng (giây)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="100" />
        <source>Shared</source>
        <translation>Dùng chung</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="101" />
        <source>SKU</source>
        <translation>Mã SKU</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="102" />
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="103" />
        <source>Price</source>
        <translation>Giá</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="104" />
        <source>Category</source>
        <translation>Danh mục</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="106" />
        <source>The system</source>
        <translation>Hệ thống</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="107" />
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="107" />
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="110" />
        <source>When</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="111" />
        <source>Who</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="112" />
        <source>Record kind</source>
        <translation>Loại bản ghi</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="113" />
        <source>Record</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="114" />
        <source>Action</source>
        <translation>Hành động</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_labels.py" line="115" />
        <source>Changes</source>
        <translation>Thay đổi</translation>
    </message>
</context>
<context>
    <name>AuditDetail</name>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_parts.py" line="129" />
        <source>Field</source>
        <translation>Trường</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_parts.py" line="129" />
        <source>Before</source>
        <translation>Trước</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_parts.py" line="129" />
        <source>After</source>
        <translation>Sau</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_parts.py" line="148" />
        <source>Choose a row to see the whole change.</source>
        <translation>Chọn một dòng để xem toàn bộ thay đổi.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_parts.py" line="154" />
        <source>{when} · {who} · {kind}: {record} · {action}</source>
        <translation>{when} · {who} · {kind}: {record} · {action}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_parts.py" line="168" />
        <source>No field changes were recorded for this action.</source>
        <translation>Hành động này không ghi lại thay đổi nào của các trường.</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../salesapp/ui/admin/audit_view.py" line="43" />
        <source>Audit trail</source>
        <translation>Nhật ký thay đổi</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/audit_view.py" line="64" />
        <source>All</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/audit_view.py" line="113" />
        <source>{0}+ changes</source>
        <translation>{0}+ thay đổi</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/audit_view.py" line="115" />
        <source>%Ln change(s)</source>
        <translation>%Ln thay đổi</translation>
    </message>
</context>
<context>
    <name>AuditExportDialog</name>
    <message>
        <location filename="../../salesapp/ui/admin/audit_view.py" line="140" />
        <source>Export the audit trail</source>
        <translation>Xuất nhật ký thay đổi</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/audit_view.py" line="141" />
        <source>The changes of the list as filtered, newest first.</source>
        <translation>Các thay đổi theo bộ lọc đang chọn, mới nhất trước.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/audit_view.py" line="144" />
        <source>Export the audit trail to</source>
        <translation>Xuất nhật ký thay đổi vào</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/audit_view.py" line="156" />
        <source>%Ln change(s) exported.</source>
        <translation>Đã xuất %Ln thay đổi.</translation>
    </message>
</context>
<context>
    <name>AuditFilterBar</name>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_parts.py" line="43" />
        <location filename="../../salesapp/ui/admin/_audit_parts.py" line="83" />
        <source>Everyone</source>
        <translation>Tất cả mọi người</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_parts.py" line="45" />
        <source>Any record</source>
        <translation>Mọi loại</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_parts.py" line="49" />
        <source>Any action</source>
        <translation>Mọi hành động</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_parts.py" line="54" />
        <source>Clear filters</source>
        <translation>Xóa bộ lọc</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_parts.py" line="56" />
        <source>Export…</source>
        <translation>Xuất…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_parts.py" line="66" />
        <source>Person:</source>
        <translation>Người:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_parts.py" line="66" />
        <source>Record:</source>
        <translation>Bản ghi:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_parts.py" line="67" />
        <source>Action:</source>
        <translation>Hành động:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_parts.py" line="67" />
        <source>From:</source>
        <translation>Từ:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_parts.py" line="68" />
        <source>To:</source>
        <translation>Đến:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_audit_parts.py" line="88" />
        <source>{0} (disabled)</source>
        <translation>{0} (đã vô hiệu hóa)</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <location filename="../../salesapp/ui/backup/backup_actions.py" line="209" />
        <source>The daily backup failed: {0}</source>
        <translation>Sao lưu hằng ngày thất bại: {0}</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../salesapp/ui/backup/_backup_dialog.py" line="54" />
        <source>Back up now</source>
        <translation>Sao lưu ngay</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_backup_dialog.py" line="57" />
        <source>A backup is one file holding everything in this database: customers, orders, notes, images and payment slips. Everyone can keep working while it is written.</source>
        <translation>Bản sao lưu là một tệp chứa mọi thứ trong cơ sở dữ liệu này: khách hàng, đơn hàng, ghi chú, hình ảnh và biên lai chuyển khoản. Mọi người vẫn làm việc bình thường trong khi tệp được ghi.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_backup_dialog.py" line="64" />
        <location filename="../../salesapp/ui/backup/_backup_dialog.py" line="92" />
        <source>Browse…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_backup_dialog.py" line="70" />
        <source>Backup file:</source>
        <translation>Tệp sao lưu:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_backup_dialog.py" line="74" />
        <source>Back up</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_backup_dialog.py" line="88" />
        <source>Daily automatic backup (this computer)</source>
        <translation>Sao lưu tự động hằng ngày (máy này)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_backup_dialog.py" line="89" />
        <source>Back up every day into this folder</source>
        <translation>Sao lưu hằng ngày vào thư mục này</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_backup_dialog.py" line="100" />
        <source> backups</source>
        <translation> bản</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_backup_dialog.py" line="102" />
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_backup_dialog.py" line="111" />
        <source>Folder:</source>
        <translation>Thư mục:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_backup_dialog.py" line="112" />
        <source>Keep the last:</source>
        <translation>Giữ lại gần nhất:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_backup_dialog.py" line="119" />
        <source>Backup file</source>
        <translation>Tệp sao lưu</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_backup_dialog.py" line="128" />
        <source>Choose the file to write the backup to.</source>
        <translation>Hãy chọn tệp để ghi bản sao lưu.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_backup_dialog.py" line="154" />
        <source>The backup is written: {0} ({1}, {2} rows, {3} s).</source>
        <translation>Đã ghi bản sao lưu: {0} ({1}, {2} dòng, {3} giây).</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_backup_dialog.py" line="163" />
        <source>The backup was cancelled: no file was kept.</source>
        <translation>Đã hủy sao lưu: không giữ lại tệp nào.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_backup_dialog.py" line="169" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_backup_dialog.py" line="169" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_backup_dialog.py" line="174" />
        <source>Folder for the daily backups</source>
        <translation>Thư mục cho các bản sao lưu hằng ngày</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_backup_dialog.py" line="183" />
        <source>Choose the folder for the daily backups.</source>
        <translation>Hãy chọn thư mục cho các bản sao lưu hằng ngày.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_backup_dialog.py" line="194" />
        <source>Saved: this computer backs up every day into {0}, keeping the last {1}.</source>
        <translation>Đã lưu: máy này sao lưu hằng ngày vào {0}, giữ lại {1} bản gần nhất.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_backup_dialog.py" line="198" />
        <source>Saved: no daily backup on this computer.</source>
        <translation>Đã lưu: máy này không sao lưu hằng ngày.</translation>
    </message>
</context>
<context>
    <name>BackupLabels</name>
    <message>
        <location filename="../../salesapp/ui/backup/_labels.py" line="12" />
        <source>Copying the tables…</source>
        <translation>Đang sao chép các bảng…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_labels.py" line="13" />
        <source>Computing the checksums…</source>
        <translation>Đang tính mã kiểm tra…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_labels.py" line="14" />
        <source>Checking the backup file…</source>
        <translation>Đang kiểm tra tệp sao lưu…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_labels.py" line="15" />
        <source>Loading the rows into the new database…</source>
        <translation>Đang nạp dữ liệu vào cơ sở dữ liệu mới…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_labels.py" line="16" />
        <source>Checking the restored tables against the backup…</source>
        <translation>Đang đối chiếu các bảng đã khôi phục với bản sao lưu…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_labels.py" line="17" />
        <source>Bringing the database up to this version…</source>
        <translation>Đang nâng cấp cơ sở dữ liệu lên phiên bản này…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_labels.py" line="18" />
        <source>Done.</source>
        <translation>Xong.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_labels.py" line="41" />
        <source>just now</source>
        <translation>vừa xong</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_labels.py" line="43" />
        <source>{0} minutes ago</source>
        <translation>{0} phút trước</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_labels.py" line="45" />
        <source>{0} hours ago</source>
        <translation>{0} giờ trước</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_labels.py" line="46" />
        <source>{0} days ago</source>
        <translation>{0} ngày trước</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_labels.py" line="51" />
        <source>salesapp backup (*{0});;All files (*)</source>
        <translation>Bản sao lưu salesapp (*{0});;Tất cả các tệp (*)</translation>
    </message>
</context>
<context>
    <name>BackupStatus</name>
    <message>
        <location filename="../../salesapp/ui/backup/backup_actions.py" line="47" />
        <source>No backup yet: File → Back up now…</source>
        <translation>Chưa có bản sao lưu: Tệp → Sao lưu ngay…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/backup_actions.py" line="49" />
        <source>Last backup {0}: back up now</source>
        <translation>Sao lưu gần nhất {0}: hãy sao lưu ngay</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/backup_actions.py" line="51" />
        <source>Last backup: {0}</source>
        <translation>Sao lưu gần nhất: {0}</translation>
    </message>
</context>
<context>
    <name>BillDialog</name>
    <message>
        <location filename="../../salesapp/ui/orders/bill_dialog.py" line="137" />
        <source>Type part of the product name or SKU</source>
        <translation>Gõ một phần tên sản phẩm hoặc SKU</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/bill_dialog.py" line="154" />
        <source>Add line</source>
        <translation>Thêm dòng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/bill_dialog.py" line="163" />
        <source>Quantity:</source>
        <translation>Số lượng:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/bill_dialog.py" line="167" />
        <source>Discount:</source>
        <translation>Giảm giá:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/bill_dialog.py" line="177" />
        <source>Product:</source>
        <translation>Sản phẩm:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/bill_dialog.py" line="178" />
        <source>Unit:</source>
        <translation>Đơn vị:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/bill_dialog.py" line="181" />
        <source>Product</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/bill_dialog.py" line="182" />
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/bill_dialog.py" line="183" />
        <source>Qty</source>
        <translation>SL</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/bill_dialog.py" line="184" />
        <source>Unit price</source>
        <translation>Đơn giá</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/bill_dialog.py" line="185" />
        <source>Discount</source>
        <translation>Giảm giá</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/bill_dialog.py" line="186" />
        <source>Line total</source>
        <translation>Thành tiền</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/bill_dialog.py" line="205" />
        <source>Remove line</source>
        <translation>Xóa dòng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/bill_dialog.py" line="241" />
        <source>No products are priced in {0}: add them to the catalogue first.</source>
        <translation>Chưa có sản phẩm nào có giá bằng {0}: hãy thêm vào danh mục sản phẩm trước.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/bill_dialog.py" line="414" />
        <source>New order for {0}</source>
        <translation>Đơn hàng mới cho {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/bill_dialog.py" line="433" />
        <source>For the packer or the courier, e.g. call before delivery</source>
        <translation>Cho người đóng gói hoặc shipper, vd: gọi trước khi giao</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/bill_dialog.py" line="454" />
        <source>Not said yet</source>
        <translation>Chưa cho biết</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/bill_dialog.py" line="457" />
        <source>Shipping:</source>
        <translation>Phí vận chuyển:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/bill_dialog.py" line="458" />
        <source>Payment:</source>
        <translation>Thanh toán:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/bill_dialog.py" line="459" />
        <source>Note:</source>
        <translation>Ghi chú:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/bill_dialog.py" line="509" />
        <source>Subtotal {0} (after {1} of discounts)</source>
        <translation>Tạm tính {0} (đã trừ {1} giảm giá)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/bill_dialog.py" line="511" />
        <source>Subtotal {0}</source>
        <translation>Tạm tính {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/bill_dialog.py" line="513" />
        <source>Shipping not counted: it is not an amount</source>
        <translation>Chưa tính phí vận chuyển: không phải là số tiền hợp lệ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/bill_dialog.py" line="515" />
        <source>Shipping {0}</source>
        <translation>Phí vận chuyển {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/bill_dialog.py" line="517" />
        <source>Total {0}</source>
        <translation>Tổng tiền {0}</translation>
    </message>
</context>
<context>
    <name>BoardColumnView</name>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_board.py" line="307" />
        <source>Load more</source>
        <translation>Tải thêm</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_board.py" line="330" />
        <source>Opportunities: {0}</source>
        <translation>Cơ hội: {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_board.py" line="332" />
        <source>stale: {0}</source>
        <translation>không hoạt động: {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_board.py" line="333" />
        <source>Weighted: {0}</source>
        <translation>Dự báo: {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_board.py" line="335" />
        <source>Amount: {0}</source>
        <translation>Số tiền: {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_board.py" line="346" />
        <source>and {0} more — use the list</source>
        <translation>và {0} cơ hội khác — xem ở Danh sách</translation>
    </message>
</context>
<context>
    <name>CallTimer</name>
    <message>
        <location filename="../../salesapp/ui/widgets/call_timer.py" line="23" />
        <source>Do not dial (I dial on my phone)</source>
        <translation>Không quay số (tôi tự gọi bằng điện thoại)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/call_timer.py" line="24" />
        <source>tel: links (phone app, Skype, Teams…)</source>
        <translation>Liên kết tel: (ứng dụng điện thoại, Skype, Teams…)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/call_timer.py" line="25" />
        <source>sip: links (softphone)</source>
        <translation>Liên kết sip: (softphone)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/call_timer.py" line="83" />
        <source>Start call</source>
        <translation>Bắt đầu gọi</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/call_timer.py" line="84" />
        <source>Start timing the call (and dial, if this desktop dials)</source>
        <translation>Bắt đầu tính giờ cuộc gọi (và quay số, nếu máy này có quay số)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/call_timer.py" line="85" />
        <source>End call</source>
        <translation>Kết thúc gọi</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/call_timer.py" line="96" />
        <source>Length of the call</source>
        <translation>Thời lượng cuộc gọi</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/call_timer.py" line="138" />
        <source>This computer has no program for {0} links; dial the number yourself.</source>
        <translation>Máy tính này không có chương trình mở liên kết {0}; hãy tự quay số.</translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_board.py" line="188" />
        <source>Close {0}</source>
        <translation>Chốt {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_board.py" line="192" />
        <source>idle {0} d</source>
        <translation>ngưng {0} ngày</translation>
    </message>
</context>
<context>
    <name>CatalogueView</name>
    <message>
        <location filename="../../salesapp/ui/catalogue/catalogue_view.py" line="71" />
        <source>SKU</source>
        <translation>Mã sản phẩm</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/catalogue_view.py" line="72" />
        <source>Name</source>
        <translation>Tên sản phẩm</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/catalogue_view.py" line="73" />
        <location filename="../../salesapp/ui/catalogue/catalogue_view.py" line="80" />
        <source>Category</source>
        <translation>Danh mục</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/catalogue_view.py" line="74" />
        <source>Units and prices</source>
        <translation>Đơn vị và giá</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/catalogue_view.py" line="77" />
        <source>Search by name or SKU</source>
        <translation>Tìm theo tên hoặc mã sản phẩm</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/catalogue_view.py" line="82" />
        <location filename="../../salesapp/ui/catalogue/catalogue_view.py" line="175" />
        <source>All categories</source>
        <translation>Tất cả danh mục</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/catalogue_view.py" line="84" />
        <source>New product</source>
        <translation>Thêm sản phẩm</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/catalogue_view.py" line="87" />
        <source>More</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/catalogue_view.py" line="90" />
        <source>Import products…</source>
        <translation>Nhập sản phẩm…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/catalogue_view.py" line="91" />
        <source>Export the list…</source>
        <translation>Xuất danh sách…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/catalogue_view.py" line="96" />
        <source>Sold</source>
        <translation>Đang bán</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/catalogue_view.py" line="96" />
        <source>Archived</source>
        <translation>Lưu trữ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/catalogue_view.py" line="197" />
        <source>1 product</source>
        <translation>1 sản phẩm</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/catalogue_view.py" line="197" />
        <source>{0} products</source>
        <translation>{0} sản phẩm</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/catalogue_view.py" line="199" />
        <source>The first {0} products found; type more to narrow the search</source>
        <translation>{0} sản phẩm đầu tiên tìm thấy; gõ thêm để thu hẹp kết quả</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/catalogue_view.py" line="201" />
        <source>1 product found</source>
        <translation>Tìm thấy 1 sản phẩm</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/catalogue_view.py" line="201" />
        <source>{0} products found</source>
        <translation>Tìm thấy {0} sản phẩm</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/catalogue_view.py" line="279" />
        <source>Restored: sold again.</source>
        <translation>Đã khôi phục: bán lại.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/catalogue_view.py" line="279" />
        <source>Archived.</source>
        <translation>Đã lưu trữ.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/catalogue_view.py" line="322" />
        <source>Wait until the list has loaded.</source>
        <translation>Vui lòng chờ danh sách tải xong.</translation>
    </message>
</context>
<context>
    <name>ComposeDialog</name>
    <message>
        <location filename="../../salesapp/ui/messaging/compose_dialog.py" line="56" />
        <source>{0} to {1}</source>
        <translation>{0} gửi {1}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/compose_dialog.py" line="68" />
        <source>To:</source>
        <translation>Đến:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/compose_dialog.py" line="70" />
        <source>Subject:</source>
        <translation>Tiêu đề:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/compose_dialog.py" line="77" />
        <source>This customer asked for no marketing by {0}. A personal message may still be sent; do not use it for promotions.</source>
        <translation>Khách hàng này đã yêu cầu không nhận quảng cáo qua {0}. Vẫn có thể gửi tin nhắn riêng, nhưng đừng dùng để khuyến mãi.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/compose_dialog.py" line="91" />
        <source>Attach…</source>
        <translation>Đính kèm…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/compose_dialog.py" line="93" />
        <source>Remove</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/compose_dialog.py" line="96" />
        <source>Files:</source>
        <translation>Tệp:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/compose_dialog.py" line="105" />
        <source>Send</source>
        <translation>Gửi</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/compose_dialog.py" line="133" />
        <source>Unicode (Thai, Vietnamese)</source>
        <translation>Unicode (tiếng Thái, tiếng Việt)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/compose_dialog.py" line="133" />
        <source>GSM</source>
        <translation>GSM</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/compose_dialog.py" line="136" />
        <source>%n character(s)</source>
        <translation>%n ký tự</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/compose_dialog.py" line="138" />
        <source>%n SMS part(s)</source>
        <translation>%n tin SMS</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/compose_dialog.py" line="140" />
        <source>{0} left in this part</source>
        <translation>còn {0} ký tự trong tin này</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/compose_dialog.py" line="146" />
        <source>{0} of {1} characters</source>
        <translation>{0} / {1} ký tự</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/compose_dialog.py" line="153" />
        <source>%n file(s) attached</source>
        <translation>Đã đính kèm %n tệp</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/compose_dialog.py" line="155" />
        <source>{0} of {1} MB</source>
        <translation>{0} / {1} MB</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/compose_dialog.py" line="161" />
        <source>Attach files</source>
        <translation>Đính kèm tệp</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/compose_dialog.py" line="171" />
        <source>At most {0} files and {1} MB can be attached.</source>
        <translation>Chỉ đính kèm được tối đa {0} tệp và {1} MB.</translation>
    </message>
</context>
<context>
    <name>ContactRequestDialog</name>
    <message>
        <location filename="../../salesapp/ui/followup/_intake_dialogs.py" line="62" />
        <source>New contact-back request</source>
        <translation>Yêu cầu gọi lại mới</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_intake_dialogs.py" line="69" />
        <source>Name:</source>
        <translation>Tên:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_intake_dialogs.py" line="70" />
        <source>Phone:</source>
        <translation>Điện thoại:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_intake_dialogs.py" line="71" />
        <source>Country:</source>
        <translation>Quốc gia:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_intake_dialogs.py" line="72" />
        <source>Product of interest:</source>
        <translation>Sản phẩm quan tâm:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_intake_dialogs.py" line="73" />
        <source>Message:</source>
        <translation>Lời nhắn:</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_dialog.py" line="51" />
        <source>New customer</source>
        <translation>Khách hàng mới</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_dialog.py" line="51" />
        <source>Edit {0}</source>
        <translation>Sửa {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_dialog.py" line="57" />
        <source>Paste a chat message here: the phone numbers and the address are found for you.</source>
        <translation>Dán tin nhắn chat vào đây: số điện thoại và địa chỉ sẽ được tìm giúp bạn.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_dialog.py" line="61" />
        <source>Fill from message</source>
        <translation>Điền từ tin nhắn</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_dialog.py" line="66" />
        <source>From a chat message</source>
        <translation>Từ tin nhắn chat</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_dialog.py" line="81" />
        <source>House no., moo, soi, road / street</source>
        <translation>Số nhà, ngõ/hẻm, đường/phố</translation>
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
        <translation>Số điện thoại phụ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_dialog.py" line="118" />
        <source>Source:</source>
        <translation>Nguồn:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_dialog.py" line="125" />
        <source>Name:</source>
        <translation>Tên:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_dialog.py" line="126" />
        <source>Country:</source>
        <translation>Quốc gia:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_dialog.py" line="127" />
        <source>Phones:</source>
        <translation>Số điện thoại:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_dialog.py" line="129" />
        <source>E-mail:</source>
        <translation>Email:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_dialog.py" line="130" />
        <source>Address:</source>
        <translation>Địa chỉ:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_dialog.py" line="131" />
        <source>Subdistrict / ward:</source>
        <translation>Phường/Xã:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_dialog.py" line="132" />
        <source>District:</source>
        <translation>Quận/Huyện:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_dialog.py" line="133" />
        <source>Province, postcode:</source>
        <translation>Tỉnh/Thành phố, mã bưu chính:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_dialog.py" line="134" />
        <source>Channel:</source>
        <translation>Kênh:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_dialog.py" line="135" />
        <source>Chat handles:</source>
        <translation>Tài khoản chat:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_dialog.py" line="136" />
        <source>Birth date:</source>
        <translation>Ngày sinh:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_dialog.py" line="137" />
        <source>Bill note:</source>
        <translation>Ghi chú trên đơn:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_dialog.py" line="166" />
        <source>phone</source>
        <translation>số điện thoại</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_dialog.py" line="168" />
        <source>second phone</source>
        <translation>số điện thoại phụ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_dialog.py" line="169" />
        <source>name</source>
        <translation>tên</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_dialog.py" line="170" />
        <source>address</source>
        <translation>địa chỉ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_dialog.py" line="171" />
        <source>subdistrict</source>
        <translation>phường/xã</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_dialog.py" line="172" />
        <source>district</source>
        <translation>quận/huyện</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_dialog.py" line="173" />
        <source>province</source>
        <translation>tỉnh/thành phố</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_dialog.py" line="174" />
        <source>postcode</source>
        <translation>mã bưu chính</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_dialog.py" line="177" />
        <source>Filled from the message: {0}.</source>
        <translation>Đã điền từ tin nhắn: {0}.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_dialog.py" line="180" />
        <source>Nothing new found in the message.</source>
        <translation>Không tìm thấy thông tin mới trong tin nhắn.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_dialog.py" line="192" />
        <source>This phone or e-mail already belongs to a customer of {0}. Ask for a handover rather than adding a second copy.</source>
        <translation>Số điện thoại hoặc e-mail này đã thuộc về khách hàng của {0}. Hãy đề nghị chuyển giao thay vì thêm một bản trùng.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_dialog.py" line="202" />
        <source>Already a customer: {0}. Open that profile instead, or save to add a new one.</source>
        <translation>Đã là khách hàng: {0}. Hãy mở hồ sơ đó, hoặc lưu để thêm khách hàng mới.</translation>
    </message>
</context>
<context>
    <name>CustomerFilterBar</name>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_filter_bar.py" line="74" />
        <source>Any handover state</source>
        <translation>Mọi trạng thái giao</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_filter_bar.py" line="76" />
        <source>Any channel</source>
        <translation>Mọi kênh</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_filter_bar.py" line="77" />
        <source>Any age</source>
        <translation>Mọi độ tuổi</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_filter_bar.py" line="79" />
        <source>Any source</source>
        <translation>Mọi nguồn</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_filter_bar.py" line="82" />
        <location filename="../../salesapp/ui/customers/_customer_filter_bar.py" line="218" />
        <source>Tags</source>
        <translation>Thẻ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_filter_bar.py" line="86" />
        <source>Upcoming appointment</source>
        <translation>Có lịch hẹn sắp tới</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_filter_bar.py" line="88" />
        <source>Any date</source>
        <translation>Mọi thời gian</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_filter_bar.py" line="102" />
        <source>All customers</source>
        <translation>Tất cả khách hàng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_filter_bar.py" line="104" />
        <source>Save as segment…</source>
        <translation>Lưu thành nhóm khách hàng…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_filter_bar.py" line="106" />
        <source>Clear filters</source>
        <translation>Xóa bộ lọc</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_filter_bar.py" line="111" />
        <source>Segment:</source>
        <translation>Nhóm khách hàng:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_filter_bar.py" line="176" />
        <source>All pools (unassigned)</source>
        <translation>Tất cả các kho (chưa giao)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_filter_bar.py" line="182" />
        <source>Pool: {0}</source>
        <translation>Kho: {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_filter_bar.py" line="218" />
        <source>Tags ({0})</source>
        <translation>Thẻ ({0})</translation>
    </message>
</context>
<context>
    <name>CustomerListActions</name>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_actions.py" line="80" />
        <source>Add tag</source>
        <translation>Gắn thẻ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_actions.py" line="84" />
        <source>Remove tag</source>
        <translation>Gỡ thẻ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_actions.py" line="95" />
        <source>Hand over…</source>
        <translation>Giao khách…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_actions.py" line="97" />
        <source>Take back…</source>
        <translation>Thu hồi…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_actions.py" line="102" />
        <source>Export…</source>
        <translation>Xuất…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_actions.py" line="103" />
        <source>Export the selected customers to CSV or Excel</source>
        <translation>Xuất các khách hàng đã chọn ra CSV hoặc Excel</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_actions.py" line="126" />
        <source>{0} selected</source>
        <translation>Đã chọn {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_actions.py" line="126" />
        <source>None selected</source>
        <translation>Chưa chọn</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_actions.py" line="128" />
        <source>Select all {0}</source>
        <translation>Chọn tất cả {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_actions.py" line="156" />
        <source>Tag “{0}” added to {1} customers.</source>
        <translation>Đã gắn thẻ “{0}” cho {1} khách hàng.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_actions.py" line="158" />
        <source>Tag “{0}” removed from {1} customers.</source>
        <translation>Đã gỡ thẻ “{0}” khỏi {1} khách hàng.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_actions.py" line="244" />
        <source>{0} customers changed hands.</source>
        <translation>Đã chuyển người phụ trách cho {0} khách hàng.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_actions.py" line="262" />
        <source>Wait until the list has loaded, or select customers first.</source>
        <translation>Hãy đợi danh sách tải xong, hoặc chọn khách hàng trước.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_actions.py" line="270" />
        <source>New tag</source>
        <translation>Thẻ mới</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_actions.py" line="270" />
        <source>Tag name:</source>
        <translation>Tên thẻ:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_actions.py" line="273" />
        <source>Tag colour</source>
        <translation>Màu thẻ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_actions.py" line="289" />
        <source>Save as segment</source>
        <translation>Lưu thành nhóm khách hàng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_actions.py" line="289" />
        <source>Segment name:</source>
        <translation>Tên nhóm khách hàng:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_actions.py" line="298" />
        <source>Segment “{0}” saved.</source>
        <translation>Đã lưu nhóm khách hàng “{0}”.</translation>
    </message>
</context>
<context>
    <name>CustomerPickDialog</name>
    <message>
        <location filename="../../salesapp/ui/orders/_new_order.py" line="47" />
        <source>New order</source>
        <translation>Đơn hàng mới</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_new_order.py" line="49" />
        <source>Who is the order for? Search by name or phone.</source>
        <translation>Đơn hàng này của khách nào? Tìm theo tên hoặc số điện thoại.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_new_order.py" line="51" />
        <source>Search customers by name or phone</source>
        <translation>Tìm khách hàng theo tên hoặc số điện thoại</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_new_order.py" line="59" />
        <source>Next: the bill…</source>
        <translation>Tiếp: lập hóa đơn…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_new_order.py" line="94" />
        <source>No customer found. Add new customers in the Customers section.</source>
        <translation>Không tìm thấy khách hàng. Thêm khách mới trong mục Khách hàng.</translation>
    </message>
</context>
<context>
    <name>CustomerProfilePane</name>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_profile_pane.py" line="92" />
        <source>Phone:</source>
        <translation>Điện thoại:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_profile_pane.py" line="93" />
        <source>Second phone:</source>
        <translation>Điện thoại phụ:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_profile_pane.py" line="94" />
        <source>E-mail:</source>
        <translation>Email:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_profile_pane.py" line="95" />
        <source>Address:</source>
        <translation>Địa chỉ:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_profile_pane.py" line="96" />
        <source>Subdistrict / ward:</source>
        <translation>Phường / xã:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_profile_pane.py" line="97" />
        <source>District:</source>
        <translation>Quận / huyện:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_profile_pane.py" line="98" />
        <source>Province:</source>
        <translation>Tỉnh / thành phố:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_profile_pane.py" line="99" />
        <source>Postcode:</source>
        <translation>Mã bưu chính:</translation>
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
        <translation>Nguồn:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_profile_pane.py" line="104" />
        <source>Bill note:</source>
        <translation>Ghi chú hóa đơn:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_profile_pane.py" line="148" />
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_profile_pane.py" line="149" />
        <source>Fill from chat…</source>
        <translation>Điền từ chat…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_profile_pane.py" line="150" />
        <source>Open bill…</source>
        <translation>Lên đơn…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_profile_pane.py" line="151" />
        <source>Appointment…</source>
        <translation>Lịch hẹn…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_profile_pane.py" line="152" />
        <source>New opportunity…</source>
        <translation>Cơ hội mới…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_profile_pane.py" line="154" />
        <source>Tags</source>
        <translation>Thẻ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_profile_pane.py" line="171" />
        <source>Profile</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_profile_pane.py" line="172" />
        <source>Orders</source>
        <translation>Đơn hàng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_profile_pane.py" line="173" />
        <source>Care history</source>
        <translation>Lịch sử chăm sóc</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_profile_pane.py" line="174" />
        <source>Appointments</source>
        <translation>Lịch hẹn</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_profile_pane.py" line="199" />
        <source>Type and press Enter to save; Escape puts the saved value back.</source>
        <translation>Gõ rồi nhấn Enter để lưu; nhấn Esc để trả về giá trị đã lưu.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_profile_pane.py" line="217" />
        <source>Order</source>
        <translation>Đơn hàng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_profile_pane.py" line="217" />
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_profile_pane.py" line="217" />
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_profile_pane.py" line="217" />
        <source>Total</source>
        <translation>Tổng tiền</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_profile_pane.py" line="232" />
        <source>Everything</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_profile_pane.py" line="236" />
        <source>Show:</source>
        <translation>Hiển thị:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_profile_pane.py" line="244" />
        <source>What was said or done…</source>
        <translation>Đã trao đổi hoặc làm gì…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_profile_pane.py" line="245" />
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_profile_pane.py" line="262" />
        <source>When</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_profile_pane.py" line="262" />
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_profile_pane.py" line="262" />
        <source>Purpose</source>
        <translation>Mục đích</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_profile_pane.py" line="262" />
        <source>Outcome</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_profile_pane.py" line="268" />
        <source>Double-click a meeting to record how it went or to move it.</source>
        <translation>Nhấp đúp vào một cuộc hẹn để ghi kết quả hoặc dời lịch.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_profile_pane.py" line="300" />
        <source>No customer selected</source>
        <translation>Chưa chọn khách hàng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_profile_pane.py" line="316" />
        <source>Salesperson: {0}</source>
        <translation>Nhân viên bán hàng: {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_profile_pane.py" line="316" />
        <source>Pool</source>
        <translation>Kho</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_profile_pane.py" line="348" />
        <source>Birth date</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_profile_pane.py" line="348" />
        <source>{0} (age {1})</source>
        <translation>{0} ({1} tuổi)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_profile_pane.py" line="350" />
        <source>Created</source>
        <translation>Ngày tạo</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_profile_pane.py" line="351" />
        <source>Imported</source>
        <translation>Ngày nhập từ tệp</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_profile_pane.py" line="352" />
        <source>Handed over</source>
        <translation>Ngày giao</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_profile_pane.py" line="353" />
        <source>Converted</source>
        <translation>Mua lần đầu</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_profile_pane.py" line="354" />
        <source>First contact</source>
        <translation>Liên hệ lần đầu</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_profile_pane.py" line="355" />
        <source>Last contact</source>
        <translation>Liên hệ gần nhất</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_profile_pane.py" line="374" />
        <source>%Ln order(s) · lifetime total {0}</source>
        <translation>%Ln đơn hàng · tổng mua từ trước đến nay {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_profile_pane.py" line="380" />
        <source>(upcoming)</source>
        <translation>(sắp tới)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_customer_profile_pane.py" line="393" />
        <source>Nothing yet.</source>
        <translation>Chưa có gì.</translation>
    </message>
</context>
<context>
    <name>Customers</name>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="23" />
        <source>Website</source>
        <translation>Website</translation>
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
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="31" />
        <source>Walk-in</source>
        <translation>Tại cửa hàng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="32" />
        <source>Everyone's customers</source>
        <translation>Khách hàng của mọi người</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="33" />
        <source>My customers</source>
        <translation>Khách hàng của tôi</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="34" />
        <source>The pool (unassigned)</source>
        <translation>Kho (chưa giao)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="35" />
        <source>A staff member's</source>
        <translation>Của một nhân viên</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="36" />
        <source>Waiting in the pool</source>
        <translation>Đang chờ trong kho</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="37" />
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="40" />
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="57" />
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="74" />
        <source>Handed over</source>
        <translation>Đã giao</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="38" />
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="55" />
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="102" />
        <source>Created</source>
        <translation>Ngày tạo</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="39" />
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="56" />
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="80" />
        <source>Imported</source>
        <translation>Nhập từ tệp</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="41" />
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="58" />
        <source>Converted</source>
        <translation>Mua lần đầu</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="42" />
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="59" />
        <source>First contact</source>
        <translation>Liên hệ lần đầu</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="43" />
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="60" />
        <source>Last contact</source>
        <translation>Liên hệ gần nhất</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="44" />
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="45" />
        <source>This week</source>
        <translation>Tuần này</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="46" />
        <source>This month</source>
        <translation>Tháng này</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="47" />
        <source>Last month</source>
        <translation>Tháng trước</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="48" />
        <source>From … to …</source>
        <translation>Từ … đến …</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="49" />
        <source>Under 25</source>
        <translation>Dưới 25 tuổi</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="50" />
        <source>25–34</source>
        <translation>25–34 tuổi</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="51" />
        <source>35–44</source>
        <translation>35–44 tuổi</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="52" />
        <source>45–54</source>
        <translation>45–54 tuổi</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="53" />
        <source>55 and over</source>
        <translation>Từ 55 tuổi</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="54" />
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="84" />
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="61" />
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="62" />
        <source>Call</source>
        <translation>Cuộc gọi</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="63" />
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="87" />
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="64" />
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="65" />
        <source>Meeting</source>
        <translation>Gặp mặt</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="67" />
        <source>Notes and calls</source>
        <translation>Ghi chú và cuộc gọi</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="68" />
        <source>Orders</source>
        <translation>Đơn hàng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="69" />
        <source>Handovers</source>
        <translation>Giao khách</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="70" />
        <source>Appointments</source>
        <translation>Lịch hẹn</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="71" />
        <source>Changes</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="72" />
        <source>Customer added</source>
        <translation>Thêm khách hàng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="73" />
        <source>Profile changed</source>
        <translation>Sửa hồ sơ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="75" />
        <source>Taken back</source>
        <translation>Thu hồi</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="76" />
        <source>Tag added</source>
        <translation>Gắn thẻ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="77" />
        <source>Tag removed</source>
        <translation>Gỡ thẻ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="78" />
        <source>Merged with a duplicate</source>
        <translation>Gộp với hồ sơ trùng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="79" />
        <source>Merge undone</source>
        <translation>Đã hoàn tác gộp</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="86" />
        <source>Second phone</source>
        <translation>Số điện thoại phụ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="88" />
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="89" />
        <source>Subdistrict</source>
        <translation>Phường/Xã</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="90" />
        <source>District</source>
        <translation>Quận/Huyện</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="91" />
        <source>Province</source>
        <translation>Tỉnh/Thành phố</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="92" />
        <source>Postcode</source>
        <translation>Mã bưu chính</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="93" />
        <source>Country</source>
        <translation>Quốc gia</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="94" />
        <source>Channel</source>
        <translation>Kênh</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="95" />
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="96" />
        <source>Birth date</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="97" />
        <source>Bill note</source>
        <translation>Ghi chú trên đơn</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="101" />
        <source>Salesperson</source>
        <translation>Nhân viên bán hàng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="104" />
        <source>Thailand</source>
        <translation>Thái Lan</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="104" />
        <source>Vietnam</source>
        <translation>Việt Nam</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="105" />
        <source>Order placed</source>
        <translation>Đặt hàng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="106" />
        <source>Appointment</source>
        <translation>Lịch hẹn</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="136" />
        <source>Main pool</source>
        <translation>Kho chính</translation>
    </message>
</context>
<context>
    <name>CustomersView</name>
    <message>
        <location filename="../../salesapp/ui/customers/customer_labels.py" line="174" />
        <location filename="../../salesapp/ui/customers/customers_view.py" line="231" />
        <source>Pool</source>
        <translation>Kho</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customers_view.py" line="95" />
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customers_view.py" line="96" />
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customers_view.py" line="97" />
        <source>Province</source>
        <translation>Tỉnh/TP</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customers_view.py" line="98" />
        <source>Channel</source>
        <translation>Kênh</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customers_view.py" line="99" />
        <source>Salesperson</source>
        <translation>Nhân viên</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customers_view.py" line="100" />
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customers_view.py" line="103" />
        <source>Search by name, phone or e-mail</source>
        <translation>Tìm theo tên, số điện thoại hoặc email</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customers_view.py" line="107" />
        <source>{0}, newest first</source>
        <translation>{0}, mới nhất trước</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customers_view.py" line="109" />
        <source>Order of the list</source>
        <translation>Thứ tự danh sách</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customers_view.py" line="111" />
        <source>New customer…</source>
        <translation>Khách hàng mới…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customers_view.py" line="114" />
        <source>More</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customers_view.py" line="117" />
        <source>New tag…</source>
        <translation>Thẻ mới…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customers_view.py" line="118" />
        <source>Import customers…</source>
        <translation>Nhập khách hàng…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customers_view.py" line="119" />
        <source>Export the list…</source>
        <translation>Xuất danh sách…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customers_view.py" line="120" />
        <source>Find duplicates…</source>
        <translation>Tìm khách hàng trùng…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customers_view.py" line="121" />
        <source>My appointments this week…</source>
        <translation>Lịch hẹn của tôi tuần này…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customers_view.py" line="131" />
        <source>Customers</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customers_view.py" line="296" />
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customers_view.py" line="354" />
        <source>Order {0} created.</source>
        <translation>Đã tạo đơn hàng {0}.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customers_view.py" line="369" />
        <source>Opportunity “{0}” added.</source>
        <translation>Đã thêm cơ hội “{0}”.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customers_view.py" line="415" />
        <source>My appointments</source>
        <translation>Lịch hẹn của tôi</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/customers_view.py" line="488" />
        <source>{0} saved.</source>
        <translation>Đã lưu {0}.</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <location filename="../../salesapp/ui/widgets/date_edit.py" line="69" />
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/date_edit.py" line="79" />
        <source>Choose from the calendar (Alt+Down)</source>
        <translation>Chọn từ lịch (Alt+Mũi tên xuống)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/date_edit.py" line="80" />
        <source>Open calendar</source>
        <translation>Mở lịch</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/date_edit.py" line="135" />
        <source>{0} is outside the dates allowed.</source>
        <translation>{0} nằm ngoài khoảng ngày cho phép.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/date_edit.py" line="139" />
        <source>“{0}” is not a date: type it as dd/mm/yyyy, for example {1}.</source>
        <translation>“{0}” không phải là ngày: hãy nhập theo dạng dd/mm/yyyy, ví dụ {1}.</translation>
    </message>
</context>
<context>
    <name>DateTimeEdit</name>
    <message>
        <location filename="../../salesapp/ui/widgets/date_edit.py" line="304" />
        <source>Time (24-hour)</source>
        <translation>Giờ (dạng 24 giờ)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/date_edit.py" line="305" />
        <source>Now</source>
        <translation>Bây giờ</translation>
    </message>
</context>
<context>
    <name>DayColumn</name>
    <message>
        <location filename="../../salesapp/ui/customers/_appointments_week.py" line="79" />
        <source>No meetings</source>
        <translation>Không có cuộc hẹn</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../salesapp/ui/customers/_duplicates_dialog.py" line="161" />
        <source>Duplicate customers</source>
        <translation>Khách hàng trùng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_duplicates_dialog.py" line="165" />
        <source>These customers are probably the same person: same phone, same e-mail, or same name in the same province. Merge a pair to keep one profile with all orders and history.</source>
        <translation>Những khách hàng này có lẽ là cùng một người: cùng số điện thoại, cùng email, hoặc cùng tên ở cùng tỉnh. Hãy gộp từng cặp để giữ một hồ sơ với đầy đủ đơn hàng và lịch sử.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_duplicates_dialog.py" line="177" />
        <location filename="../../salesapp/ui/customers/_duplicates_dialog.py" line="179" />
        <source>Customer</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_duplicates_dialog.py" line="178" />
        <location filename="../../salesapp/ui/customers/_duplicates_dialog.py" line="180" />
        <source>Phone / e-mail</source>
        <translation>Điện thoại / email</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_duplicates_dialog.py" line="181" />
        <source>Why</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_duplicates_dialog.py" line="188" />
        <source>Looking for duplicates…</source>
        <translation>Đang tìm khách hàng trùng…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_duplicates_dialog.py" line="192" />
        <source>Merge…</source>
        <translation>Gộp…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_duplicates_dialog.py" line="194" />
        <source>Undo merge</source>
        <translation>Hoàn tác gộp</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_duplicates_dialog.py" line="196" />
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_duplicates_dialog.py" line="224" />
        <source>Same phone {0}</source>
        <translation>Cùng số điện thoại {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_duplicates_dialog.py" line="226" />
        <source>Same e-mail {0}</source>
        <translation>Cùng email {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_duplicates_dialog.py" line="227" />
        <source>Same name and province</source>
        <translation>Cùng tên và tỉnh</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_duplicates_dialog.py" line="244" />
        <source>No likely duplicates were found.</source>
        <translation>Không tìm thấy khách hàng nào có khả năng trùng.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_duplicates_dialog.py" line="284" />
        <source>“{0}” was merged into “{1}”; {2} orders, notes and other records moved with it.</source>
        <translation>Đã gộp “{0}” vào “{1}”; {2} đơn hàng, ghi chú và bản ghi khác đã được chuyển theo.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_duplicates_dialog.py" line="306" />
        <source>Merge undone: “{0}” is back with its orders and history.</source>
        <translation>Đã hoàn tác gộp: “{0}” đã trở lại cùng đơn hàng và lịch sử.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_duplicates_dialog.py" line="327" />
        <source>Bring back “{0}”</source>
        <translation>Khôi phục “{0}”</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <location filename="../../salesapp/ui/widgets/form_parts.py" line="68" />
        <source>Thailand</source>
        <translation>Thái Lan</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/form_parts.py" line="69" />
        <source>Vietnam</source>
        <translation>Việt Nam</translation>
    </message>
</context>
<context>
    <name>EraCalendarWidget</name>
    <message>
        <location filename="../../salesapp/ui/widgets/era_calendar.py" line="67" />
        <source>Previous month</source>
        <translation>Tháng trước</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/era_calendar.py" line="72" />
        <source>Next month</source>
        <translation>Tháng sau</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/era_calendar.py" line="76" />
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/era_calendar.py" line="80" />
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/era_calendar.py" line="84" />
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../salesapp/ui/customers/_export_dialog.py" line="34" />
        <source>Export customers</source>
        <translation>Xuất khách hàng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_export_dialog.py" line="35" />
        <source>{0} customers of the list as shown.</source>
        <translation>{0} khách hàng của danh sách như đang hiển thị.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_export_dialog.py" line="38" />
        <source>Export customers to</source>
        <translation>Xuất khách hàng ra</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_export_dialog.py" line="47" />
        <source>{0} customers exported.</source>
        <translation>Đã xuất {0} khách hàng.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/export_dialog.py" line="64" />
        <source>Browse…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/export_dialog.py" line="70" />
        <source>Excel workbook (.xlsx)</source>
        <translation>Tệp Excel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/export_dialog.py" line="71" />
        <source>CSV, UTF-8 (.csv)</source>
        <translation>CSV, UTF-8 (.csv)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/export_dialog.py" line="73" />
        <source>File:</source>
        <translation>Tệp:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/export_dialog.py" line="74" />
        <source>Format:</source>
        <translation>Định dạng:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/export_dialog.py" line="81" />
        <source>Export</source>
        <translation>Xuất</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/export_dialog.py" line="83" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/export_dialog.py" line="85" />
        <source>Open the file</source>
        <translation>Mở tệp</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/export_dialog.py" line="122" />
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Tệp Excel (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/export_dialog.py" line="160" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/export_dialog.py" line="173" />
        <source>This computer has no program to open the file with.</source>
        <translation>Máy này không có chương trình nào để mở tệp này.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../salesapp/ui/mainwindow/first_run.py" line="53" />
        <source>Welcome to salesapp</source>
        <translation>Chào mừng bạn đến với salesapp</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/first_run.py" line="55" />
        <source>Where should salesapp keep your shop's data?</source>
        <translation>salesapp nên lưu dữ liệu cửa hàng của bạn ở đâu?</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/first_run.py" line="58" />
        <source>On this computer (one shop, one desktop)</source>
        <translation>Trên máy tính này (một cửa hàng, một máy)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/first_run.py" line="60" />
        <source>On the office's PostgreSQL server (shared by many desktops)</source>
        <translation>Trên máy chủ PostgreSQL của văn phòng (nhiều máy dùng chung)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/first_run.py" line="75" />
        <source>First administrator (for a new database)</source>
        <translation>Quản trị viên đầu tiên (cho cơ sở dữ liệu mới)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/first_run.py" line="79" />
        <source>Your name as colleagues see it</source>
        <translation>Tên của bạn mà đồng nghiệp sẽ thấy</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/first_run.py" line="84" />
        <source>User name:</source>
        <translation>Tên đăng nhập:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/first_run.py" line="85" />
        <source>Display name:</source>
        <translation>Tên hiển thị:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/first_run.py" line="86" />
        <location filename="../../salesapp/ui/mainwindow/first_run.py" line="138" />
        <source>Password:</source>
        <translation>Mật khẩu:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/first_run.py" line="87" />
        <source>Repeat password:</source>
        <translation>Nhập lại mật khẩu:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/first_run.py" line="113" />
        <source>Browse…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/first_run.py" line="118" />
        <source>Database file:</source>
        <translation>Tệp cơ sở dữ liệu:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/first_run.py" line="134" />
        <source>Server:</source>
        <translation>Máy chủ:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/first_run.py" line="135" />
        <source>Port:</source>
        <translation>Cổng:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/first_run.py" line="136" />
        <source>Database:</source>
        <translation>Cơ sở dữ liệu:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/first_run.py" line="137" />
        <source>User:</source>
        <translation>Người dùng:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/first_run.py" line="141" />
        <source>To set up a new database, use the server's superuser or the database owner once: salesapp keeps no copy of this password. To join a database already set up, leave User and Password empty: staff sign in with their own user name and password.</source>
        <translation>Để thiết lập cơ sở dữ liệu mới, hãy dùng tài khoản superuser của máy chủ hoặc chủ sở hữu cơ sở dữ liệu một lần: salesapp không lưu lại mật khẩu này. Để tham gia một cơ sở dữ liệu đã được thiết lập, hãy để trống Người dùng và Mật khẩu: mỗi nhân viên đăng nhập bằng tên người dùng và mật khẩu của riêng mình.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/first_run.py" line="156" />
        <source>Use the server's superuser or an account that may create databases and roles: salesapp keeps no copy of this password. Afterwards everyone signs in with their own user name and password.</source>
        <translation>Dùng tài khoản superuser của máy chủ hoặc một tài khoản được phép tạo cơ sở dữ liệu và vai trò: salesapp không lưu lại mật khẩu này. Sau đó mọi người đăng nhập bằng tên người dùng và mật khẩu của riêng mình.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/first_run.py" line="165" />
        <source>Create</source>
        <translation>Tạo</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/first_run.py" line="165" />
        <source>Connect</source>
        <translation>Kết nối</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/first_run.py" line="169" />
        <source>Database file</source>
        <translation>Tệp cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/first_run.py" line="169" />
        <source>salesapp database (*.sqlite3)</source>
        <translation>Cơ sở dữ liệu salesapp (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/first_run.py" line="177" />
        <source>The two passwords are not the same.</source>
        <translation>Hai mật khẩu không khớp nhau.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/first_run.py" line="183" />
        <source>Choose a file for the database.</source>
        <translation>Hãy chọn một tệp cho cơ sở dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/first_run.py" line="193" />
        <source>Enter the server, the database and the user.</source>
        <translation>Hãy nhập máy chủ, cơ sở dữ liệu và người dùng.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/first_run.py" line="195" />
        <source>Enter the server and the database.</source>
        <translation>Hãy nhập máy chủ và cơ sở dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/first_run.py" line="221" />
        <source>Type the server password: this computer has no keyring to keep it, so salesapp asks for it at each start.</source>
        <translation>Hãy nhập mật khẩu máy chủ: máy tính này không có kho khóa (keyring) để lưu nó, nên salesapp hỏi mật khẩu mỗi lần khởi động.</translation>
    </message>
</context>
<context>
    <name>FollowUp</name>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_labels.py" line="14" />
        <source>Order</source>
        <translation>Đơn hàng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_labels.py" line="15" />
        <source>Contact-back request</source>
        <translation>Yêu cầu gọi lại</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_labels.py" line="16" />
        <source>Payment notice</source>
        <translation>Thông báo chuyển khoản</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_labels.py" line="19" />
        <source>Orders</source>
        <translation>Đơn hàng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_labels.py" line="20" />
        <source>Contact-back requests</source>
        <translation>Yêu cầu gọi lại</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_labels.py" line="21" />
        <source>Payment notices</source>
        <translation>Thông báo chuyển khoản</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_labels.py" line="24" />
        <location filename="../../salesapp/ui/followup/_followup_labels.py" line="32" />
        <source>New</source>
        <translation>Mới</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_labels.py" line="25" />
        <location filename="../../salesapp/ui/followup/_followup_labels.py" line="34" />
        <source>Tracking</source>
        <translation>Đang theo dõi</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_labels.py" line="26" />
        <source>Due</source>
        <translation>Đến hạn</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_labels.py" line="27" />
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_labels.py" line="28" />
        <location filename="../../salesapp/ui/followup/_followup_labels.py" line="35" />
        <source>Closed</source>
        <translation>Đã đóng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_labels.py" line="31" />
        <source>Open (new, due, tracking)</source>
        <translation>Đang mở (mới, đến hạn, đang theo dõi)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_labels.py" line="33" />
        <source>Due and overdue</source>
        <translation>Đến hạn và quá hạn</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_labels.py" line="38" />
        <source>Created</source>
        <translation>Tạo mới</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_labels.py" line="39" />
        <source>Changed</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_labels.py" line="40" />
        <source>Deleted</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_labels.py" line="41" />
        <source>Note added</source>
        <translation>Thêm ghi chú</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_labels.py" line="42" />
        <source>Follow-up ended</source>
        <translation>Kết thúc theo dõi</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_labels.py" line="43" />
        <source>Reopened</source>
        <translation>Mở lại</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_labels.py" line="44" />
        <source>Matched payment</source>
        <translation>Đối soát thanh toán</translation>
    </message>
</context>
<context>
    <name>FollowUpDetailPane</name>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_detail.py" line="104" />
        <source>Show the slip full size</source>
        <translation>Xem biên lai cỡ đầy đủ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_detail.py" line="106" />
        <location filename="../../salesapp/ui/followup/_followup_detail.py" line="283" />
        <source>Match to an order…</source>
        <translation>Đối soát với đơn hàng…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_detail.py" line="119" />
        <source>No notes yet.</source>
        <translation>Chưa có ghi chú.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_detail.py" line="121" />
        <source>Write a note: what the customer said, what was agreed…</source>
        <translation>Viết ghi chú: khách nói gì, đã thỏa thuận gì…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_detail.py" line="126" />
        <location filename="../../salesapp/ui/followup/_followup_detail.py" line="385" />
        <source>Save note</source>
        <translation>Lưu ghi chú</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_detail.py" line="129" />
        <source>End follow-up</source>
        <translation>Kết thúc theo dõi</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_detail.py" line="130" />
        <source>Tick, then Save: the follow-up ends with the note as its summary.</source>
        <translation>Đánh dấu rồi bấm Lưu: việc theo dõi sẽ kết thúc, ghi chú này làm phần tóm tắt.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_detail.py" line="132" />
        <source>Reopen</source>
        <translation>Mở lại</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_detail.py" line="136" />
        <source>Next follow-up:</source>
        <translation>Theo dõi tiếp theo:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_detail.py" line="165" />
        <source>When</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_detail.py" line="165" />
        <source>Who</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_detail.py" line="165" />
        <source>What</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_detail.py" line="165" />
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_detail.py" line="170" />
        <source>Follow-up</source>
        <translation>Theo dõi</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_detail.py" line="171" />
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_detail.py" line="176" />
        <source>Select an item in the list to see it here.</source>
        <translation>Chọn một mục trong danh sách để xem tại đây.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_detail.py" line="213" />
        <location filename="../../salesapp/ui/followup/_followup_detail.py" line="311" />
        <source>next follow-up {0}</source>
        <translation>theo dõi tiếp lúc {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_detail.py" line="216" />
        <source>Unassigned</source>
        <translation>Chưa giao</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_detail.py" line="234" />
        <source>Order {0}</source>
        <translation>Đơn hàng {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_detail.py" line="240" />
        <source>Ordered</source>
        <translation>Ngày đặt</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_detail.py" line="248" />
        <source>Shipping</source>
        <translation>Phí vận chuyển</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_detail.py" line="250" />
        <source>Total</source>
        <translation>Tổng tiền</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_detail.py" line="255" />
        <source>Payment</source>
        <translation>Thanh toán</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_detail.py" line="255" />
        <source>Paid by transfer ({0})</source>
        <translation>Đã thanh toán bằng chuyển khoản ({0})</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_detail.py" line="258" />
        <source>Order note</source>
        <translation>Ghi chú đơn hàng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_detail.py" line="260" />
        <source>Contact-back request {0}</source>
        <translation>Yêu cầu gọi lại {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_detail.py" line="262" />
        <location filename="../../salesapp/ui/followup/_followup_detail.py" line="271" />
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_detail.py" line="263" />
        <location filename="../../salesapp/ui/followup/_followup_detail.py" line="272" />
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_detail.py" line="264" />
        <source>Received</source>
        <translation>Nhận lúc</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_detail.py" line="265" />
        <source>Product</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_detail.py" line="266" />
        <source>Message</source>
        <translation>Lời nhắn</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_detail.py" line="269" />
        <source>Payment notice {0}</source>
        <translation>Thông báo chuyển khoản {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_detail.py" line="273" />
        <source>Amount</source>
        <translation>Số tiền</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_detail.py" line="274" />
        <source>Bank</source>
        <translation>Ngân hàng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_detail.py" line="275" />
        <source>Transferred</source>
        <translation>Chuyển lúc</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_detail.py" line="276" />
        <source>Order number given</source>
        <translation>Mã đơn khách báo</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_detail.py" line="277" />
        <source>Matched order</source>
        <translation>Đơn hàng đã khớp</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_detail.py" line="277" />
        <source>Not matched yet</source>
        <translation>Chưa đối soát</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_detail.py" line="281" />
        <source>Match to another order…</source>
        <translation>Đối soát với đơn hàng khác…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_detail.py" line="313" />
        <source>ended the follow-up</source>
        <translation>đã kết thúc theo dõi</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_detail.py" line="316" />
        <source>(time set, no note)</source>
        <translation>(đã đặt giờ, không có ghi chú)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_detail.py" line="385" />
        <source>Save and end follow-up</source>
        <translation>Lưu và kết thúc theo dõi</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_followup_detail.py" line="389" />
        <source>Retry saving</source>
        <translation>Thử lưu lại</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_dialogs.py" line="52" />
        <source>Follow-up on order {0}</source>
        <translation>Theo dõi đơn hàng {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_dialogs.py" line="54" />
        <source>e.g. Customer asks to call back after payday</source>
        <translation>vd: Khách hẹn gọi lại sau ngày nhận lương</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_dialogs.py" line="56" />
        <source>Reason:</source>
        <translation>Lý do:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_dialogs.py" line="57" />
        <source>Next call:</source>
        <translation>Gọi lại lúc:</translation>
    </message>
</context>
<context>
    <name>FollowUpView</name>
    <message>
        <location filename="../../salesapp/ui/followup/followup_view.py" line="115" />
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/followup_view.py" line="118" />
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/followup_view.py" line="119" />
        <source>Number</source>
        <translation>Mã số</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/followup_view.py" line="120" />
        <source>Customer</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/followup_view.py" line="121" />
        <source>Amount</source>
        <translation>Số tiền</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/followup_view.py" line="122" />
        <source>Next follow-up</source>
        <translation>Theo dõi tiếp theo</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/followup_view.py" line="124" />
        <source>Latest note</source>
        <translation>Ghi chú mới nhất</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/followup_view.py" line="127" />
        <source>Salesperson</source>
        <translation>Nhân viên bán hàng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/followup_view.py" line="127" />
        <location filename="../../salesapp/ui/followup/followup_view.py" line="140" />
        <source>Unassigned</source>
        <translation>Chưa giao</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/followup_view.py" line="130" />
        <source>All follow-ups</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/followup_view.py" line="139" />
        <source>Mine</source>
        <translation>Của tôi</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/followup_view.py" line="142" />
        <source>Everyone</source>
        <translation>Mọi người</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/followup_view.py" line="148" />
        <source>New</source>
        <translation>Thêm mới</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/followup_view.py" line="152" />
        <source>Contact-back request…</source>
        <translation>Yêu cầu gọi lại…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/followup_view.py" line="153" />
        <source>Payment notice…</source>
        <translation>Thông báo chuyển khoản…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/followup_view.py" line="156" />
        <source>Show:</source>
        <translation>Hiển thị:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/followup_view.py" line="162" />
        <source>Show due items</source>
        <translation>Xem mục đến hạn</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/followup_view.py" line="257" />
        <source>%Ln follow-up(s)</source>
        <translation>%Ln mục theo dõi</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/followup_view.py" line="259" />
        <source>%Ln follow-up(s) shown; {0} now, F5 updates the list</source>
        <translation>Đang hiển thị %Ln mục theo dõi; hiện có {0}, nhấn F5 để cập nhật danh sách</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/followup_view.py" line="273" />
        <source>Next follow-up: {0}</source>
        <translation>Theo dõi tiếp theo: {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/followup_view.py" line="283" />
        <source>Latest note by {0}, {1}:</source>
        <translation>Ghi chú mới nhất của {0}, {1}:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/followup_view.py" line="286" />
        <source>No notes yet.</source>
        <translation>Chưa có ghi chú.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/followup_view.py" line="390" />
        <source>Note saved.</source>
        <translation>Đã lưu ghi chú.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/followup_view.py" line="398" />
        <source>Follow-up ended.</source>
        <translation>Đã kết thúc theo dõi.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/followup_view.py" line="405" />
        <source>Follow-up reopened.</source>
        <translation>Đã mở lại theo dõi.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/followup_view.py" line="424" />
        <source>Payment matched.</source>
        <translation>Đã đối soát thanh toán.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/followup_view.py" line="450" />
        <source>{0} {1} saved.</source>
        <translation>Đã lưu {0} {1}.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/followup_view.py" line="481" />
        <source>Follow-up due: {0}</source>
        <translation>Đến hạn theo dõi: {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/followup_view.py" line="483" />
        <source>{0} follow-ups are due</source>
        <translation>{0} mục theo dõi đã đến hạn</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/followup_view.py" line="494" />
        <source>salesapp: {0} follow-ups today or overdue</source>
        <translation>salesapp: {0} mục theo dõi hôm nay hoặc quá hạn</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/followup_view.py" line="510" />
        <source>Today: {0} follow-ups planned, {1} overdue from earlier days.</source>
        <translation>Hôm nay: {0} mục theo dõi theo lịch, {1} mục quá hạn từ những ngày trước.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/followup_view.py" line="518" />
        <source>Good morning</source>
        <translation>Chào buổi sáng</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../../salesapp/ui/customers/_handover_dialog.py" line="140" />
        <source>Hand over customers</source>
        <translation>Giao khách hàng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_handover_dialog.py" line="144" />
        <source>How to split them</source>
        <translation>Cách chia</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_handover_dialog.py" line="149" />
        <source>To one person</source>
        <translation>Cho một người</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_handover_dialog.py" line="150" />
        <source>Manual counts</source>
        <translation>Tự nhập số lượng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_handover_dialog.py" line="151" />
        <source>Evenly</source>
        <translation>Chia đều</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_handover_dialog.py" line="152" />
        <source>Least loaded first</source>
        <translation>Ưu tiên người ít khách nhất</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_handover_dialog.py" line="155" />
        <source>All selected customers go to the one staff member ticked.</source>
        <translation>Tất cả khách hàng đã chọn sẽ được giao cho nhân viên được đánh dấu.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_handover_dialog.py" line="156" />
        <source>Type how many customers each ticked staff member receives.</source>
        <translation>Nhập số khách hàng mà mỗi nhân viên được đánh dấu sẽ nhận.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_handover_dialog.py" line="157" />
        <source>Everyone ticked receives the same number (differing by one).</source>
        <translation>Mọi người được đánh dấu nhận số lượng như nhau (chênh lệch tối đa một).</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_handover_dialog.py" line="158" />
        <source>Each next customer goes to whoever has the fewest customers, bringing everyone up evenly.</source>
        <translation>Mỗi khách hàng tiếp theo được giao cho người đang có ít khách nhất, để mọi người dần ngang bằng nhau.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_handover_dialog.py" line="176" />
        <source>none</source>
        <translation>không</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_handover_dialog.py" line="177" />
        <source>no limit</source>
        <translation>không giới hạn</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_handover_dialog.py" line="179" />
        <source>Each receives at least</source>
        <translation>Mỗi người nhận ít nhất</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_handover_dialog.py" line="180" />
        <source>and at most</source>
        <translation>và nhiều nhất</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_handover_dialog.py" line="186" />
        <location filename="../../salesapp/ui/customers/_handover_dialog.py" line="190" />
        <source>Staff member</source>
        <translation>Nhân viên</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_handover_dialog.py" line="186" />
        <source>Customers now</source>
        <translation>Số khách hiện có</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_handover_dialog.py" line="186" />
        <source>Count</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_handover_dialog.py" line="190" />
        <source>Now</source>
        <translation>Hiện tại</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_handover_dialog.py" line="190" />
        <source>+ New</source>
        <translation>+ Mới</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_handover_dialog.py" line="190" />
        <source>After</source>
        <translation>Sau khi giao</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_handover_dialog.py" line="191" />
        <source>Tick who receives customers</source>
        <translation>Đánh dấu người nhận khách hàng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_handover_dialog.py" line="193" />
        <source>Planned split</source>
        <translation>Phương án chia</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_handover_dialog.py" line="200" />
        <source>Optional: kept in each customer's history</source>
        <translation>Không bắt buộc: được lưu vào lịch sử của từng khách hàng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_handover_dialog.py" line="201" />
        <source>Note:</source>
        <translation>Ghi chú:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_handover_dialog.py" line="211" />
        <source>Reload</source>
        <translation>Tải lại</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_handover_dialog.py" line="231" />
        <source>Loading the staff…</source>
        <translation>Đang tải danh sách nhân viên…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_handover_dialog.py" line="237" />
        <source>1 customer selected.</source>
        <translation>Đã chọn 1 khách hàng.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_handover_dialog.py" line="239" />
        <source>{0} customers selected.</source>
        <translation>Đã chọn {0} khách hàng.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_handover_dialog.py" line="242" />
        <source>From the pool “{0}”.</source>
        <translation>Từ kho “{0}”.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_handover_dialog.py" line="245" />
        <source>Hand over 1 customer</source>
        <translation>Giao 1 khách hàng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_handover_dialog.py" line="247" />
        <source>Hand over {0} customers</source>
        <translation>Giao {0} khách hàng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_handover_dialog.py" line="358" />
        <source>There is no active staff member who can receive customers.</source>
        <translation>Không có nhân viên đang hoạt động nào có thể nhận khách hàng.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_handover_dialog.py" line="363" />
        <source>The list was reloaded: the selection is as it is now. Check it and confirm again.</source>
        <translation>Danh sách đã được tải lại: lựa chọn giờ theo dữ liệu mới nhất. Hãy kiểm tra rồi xác nhận lại.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_handover_dialog.py" line="376" />
        <source>Tick the staff members who receive the customers.</source>
        <translation>Hãy đánh dấu các nhân viên sẽ nhận khách hàng.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_handover_dialog.py" line="444" />
        <source>Handing over…</source>
        <translation>Đang giao…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_handover_dialog.py" line="463" />
        <source>Reloading the list…</source>
        <translation>Đang tải lại danh sách…</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../salesapp/ui/mainwindow/help_dialog.py" line="22" />
        <source>Go to a section (in the order of the list on the left)</source>
        <translation>Chuyển đến một mục (theo thứ tự trong danh sách bên trái)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/help_dialog.py" line="23" />
        <source>New record in this section</source>
        <translation>Tạo mới trong mục này</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/help_dialog.py" line="24" />
        <source>Search in this section</source>
        <translation>Tìm kiếm trong mục này</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/help_dialog.py" line="25" />
        <source>Read the section again from the database</source>
        <translation>Tải lại mục này từ cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/help_dialog.py" line="26" />
        <source>Select every row of the list</source>
        <translation>Chọn mọi dòng trong danh sách</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/help_dialog.py" line="27" />
        <source>Copy the selected rows for a spreadsheet</source>
        <translation>Sao chép các dòng đã chọn để dán vào bảng tính</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/help_dialog.py" line="28" />
        <source>This help</source>
        <translation>Trang trợ giúp này</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/help_dialog.py" line="29" />
        <source>Quit salesapp</source>
        <translation>Thoát salesapp</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/help_dialog.py" line="46" />
        <source>Help: {0}</source>
        <translation>Trợ giúp: {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/help_dialog.py" line="52" />
        <source>Settings of this desktop and, for administrators, the shop's.</source>
        <translation>Cài đặt của máy này và, với quản trị viên, cài đặt của cửa hàng.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/help_dialog.py" line="55" />
        <source>Keys</source>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/help_dialog.py" line="55" />
        <source>What they do</source>
        <translation>Chức năng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/help_dialog.py" line="71" />
        <source>Keyboard shortcuts</source>
        <translation>Phím tắt bàn phím</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../salesapp/ui/customers/_import_dialog.py" line="48" />
        <source>Import customers</source>
        <translation>Nhập khách hàng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_import_dialog.py" line="58" />
        <source>Add new customers only</source>
        <translation>Chỉ thêm khách hàng mới</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_import_dialog.py" line="59" />
        <source>Add new customers and update existing ones</source>
        <translation>Thêm khách hàng mới và cập nhật khách hàng đã có</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_import_dialog.py" line="60" />
        <source>Update existing customers only</source>
        <translation>Chỉ cập nhật khách hàng đã có</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_import_dialog.py" line="65" />
        <source>Thailand</source>
        <translation>Thái Lan</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_import_dialog.py" line="66" />
        <source>Vietnam</source>
        <translation>Việt Nam</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_import_dialog.py" line="67" />
        <source>Phone numbers of:</source>
        <translation>Số điện thoại của:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_import_dialog.py" line="72" />
        <source>Into the pool:</source>
        <translation>Vào kho:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_import_dialog.py" line="77" />
        <source>The first row of the file must hold the column names. Existing customers are recognised by their phone number (also the second phone), else by their e-mail address. Phone numbers without a country code are read as numbers of the row's country (a Country column), else of the country chosen here.</source>
        <translation>Dòng đầu tiên của tệp phải là tên các cột. Khách hàng đã có được nhận ra qua số điện thoại (kể cả số điện thoại phụ), nếu không thì qua địa chỉ email. Số điện thoại không có mã quốc gia được hiểu là số của quốc gia ghi ở dòng đó (cột Quốc gia), nếu không thì của quốc gia chọn ở đây.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_import_dialog.py" line="86" />
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_import_dialog.py" line="86" />
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_import_dialog.py" line="87" />
        <source>Second phone</source>
        <translation>Số điện thoại phụ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_import_dialog.py" line="87" />
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_import_dialog.py" line="87" />
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_import_dialog.py" line="88" />
        <source>Subdistrict</source>
        <translation>Phường/Xã</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_import_dialog.py" line="88" />
        <source>District</source>
        <translation>Quận/Huyện</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_import_dialog.py" line="89" />
        <source>Province</source>
        <translation>Tỉnh/Thành phố</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_import_dialog.py" line="89" />
        <source>Postcode</source>
        <translation>Mã bưu chính</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_import_dialog.py" line="89" />
        <source>Channel</source>
        <translation>Kênh</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_import_dialog.py" line="90" />
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_import_dialog.py" line="90" />
        <source>Birth date</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_import_dialog.py" line="91" />
        <source>Bill note</source>
        <translation>Ghi chú trên đơn</translation>
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
        <translation>Quốc gia</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_import_dialog.py" line="92" />
        <source>Salesperson</source>
        <translation>Nhân viên bán hàng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_import_dialog.py" line="93" />
        <source>Created</source>
        <translation>Ngày tạo</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_import_dialog.py" line="117" />
        <source>Done: {0} customers created, {1} updated, {2} rows skipped.</source>
        <translation>Xong: đã tạo {0} khách hàng, cập nhật {1}, bỏ qua {2} dòng.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/import_wizard.py" line="101" />
        <source>&lt; Back</source>
        <translation>&lt; Quay lại</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/import_wizard.py" line="102" />
        <source>Next &gt;</source>
        <translation>Tiếp &gt;</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/import_wizard.py" line="103" />
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/import_wizard.py" line="104" />
        <location filename="../../salesapp/ui/widgets/import_wizard.py" line="272" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/import_wizard.py" line="158" />
        <source>{0} rows: {1} to create, {2} to update, {3} skipped, {4} with errors.</source>
        <translation>{0} dòng: tạo mới {1}, cập nhật {2}, bỏ qua {3}, có lỗi {4}.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/import_wizard.py" line="170" />
        <source>A .csv or .xlsx file</source>
        <translation>Tệp .csv hoặc .xlsx</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/import_wizard.py" line="172" />
        <source>Browse…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/import_wizard.py" line="183" />
        <source>File:</source>
        <translation>Tệp:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/import_wizard.py" line="185" />
        <source>Mode:</source>
        <translation>Cách nhập:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/import_wizard.py" line="199" />
        <source>Column in the file</source>
        <translation>Cột trong tệp</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/import_wizard.py" line="200" />
        <source>Example</source>
        <translation>Ví dụ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/import_wizard.py" line="201" />
        <source>Import as</source>
        <translation>Nhập thành</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/import_wizard.py" line="272" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/import_wizard.py" line="296" />
        <source>Choose the file to import</source>
        <translation>Chọn tệp cần nhập</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/import_wizard.py" line="298" />
        <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
        <translation>Bảng tính (*.csv *.xlsx);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/import_wizard.py" line="377" />
        <source>(ignore)</source>
        <translation>(bỏ qua)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/import_wizard.py" line="394" />
        <source>{0}: {1} rows. Choose what each column holds; columns set to “(ignore)” are not imported.</source>
        <translation>{0}: {1} dòng. Chọn nội dung của từng cột; các cột đặt là “(bỏ qua)” sẽ không được nhập.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/import_wizard.py" line="441" />
        <source>Nothing can be imported while rows have errors. Correct them in the file and choose it again, or set their columns to “(ignore)”.</source>
        <translation>Không thể nhập khi còn dòng bị lỗi. Hãy sửa trong tệp rồi chọn lại, hoặc đặt các cột đó là “(bỏ qua)”.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/import_wizard.py" line="448" />
        <source>There is nothing to import in this mode.</source>
        <translation>Không có gì để nhập theo cách này.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/import_wizard.py" line="459" />
        <source>Importing {0} rows…</source>
        <translation>Đang nhập {0} dòng…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/import_wizard.py" line="468" />
        <source>The import was cancelled: nothing was imported.</source>
        <translation>Đã hủy nhập: không có dữ liệu nào được nhập.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/import_wizard.py" line="470" />
        <source>Rows had errors: nothing was imported.</source>
        <translation>Có dòng bị lỗi: không có dữ liệu nào được nhập.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/import_wizard.py" line="484" />
        <source>Cancelling…</source>
        <translation>Đang hủy…</translation>
    </message>
</context>
<context>
    <name>ListsDialog</name>
    <message>
        <location filename="../../salesapp/ui/admin/_list_texts.py" line="18" />
        <source>Tags</source>
        <translation>Thẻ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_list_texts.py" line="19" />
        <source>Segments</source>
        <translation>Nhóm khách hàng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_list_texts.py" line="20" />
        <source>Customer pools</source>
        <translation>Kho khách hàng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_list_texts.py" line="21" />
        <source>Sales channels</source>
        <translation>Kênh bán hàng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_list_texts.py" line="22" />
        <source>Customer sources</source>
        <translation>Nguồn khách hàng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_list_texts.py" line="23" />
        <source>Carriers and delivery</source>
        <translation>Vận chuyển và giao hàng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_list_texts.py" line="24" />
        <source>Upsell: failure reasons</source>
        <translation>Upsell: lý do không thành công</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_list_texts.py" line="25" />
        <source>Upsell: skip reasons</source>
        <translation>Upsell: lý do bỏ qua</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_list_texts.py" line="26" />
        <source>Opportunities: lost reasons</source>
        <translation>Cơ hội: lý do thất bại</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_list_texts.py" line="29" />
        <location filename="../../salesapp/ui/admin/_list_texts.py" line="31" />
        <location filename="../../salesapp/ui/admin/_list_texts.py" line="33" />
        <source>Customers</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_list_texts.py" line="30" />
        <source>Customers now</source>
        <translation>Khách hàng hiện có</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_list_texts.py" line="32" />
        <source>Customers and orders</source>
        <translation>Khách hàng và đơn hàng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_list_texts.py" line="34" />
        <source>Orders</source>
        <translation>Đơn hàng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_list_texts.py" line="35" />
        <source>Failed cases</source>
        <translation>Ca không thành công</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_list_texts.py" line="36" />
        <source>Skipped cases</source>
        <translation>Ca bỏ qua</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_list_texts.py" line="37" />
        <source>Lost opportunities</source>
        <translation>Cơ hội thất bại</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_list_texts.py" line="39" />
        <source>Renaming or merging a reason changes it on the records closed with it. Deleting one only stops offering it: those records keep it.</source>
        <translation>Đổi tên hoặc gộp một lý do sẽ thay đổi lý do trên các bản ghi đã đóng với lý do đó. Xóa chỉ ngừng đưa ra lựa chọn: các bản ghi đó vẫn giữ lý do.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_list_texts.py" line="45" />
        <source>Renaming a tag renames it on every customer. Deleting it takes it off its customers.</source>
        <translation>Đổi tên thẻ sẽ đổi trên mọi khách hàng. Xóa thẻ sẽ gỡ thẻ khỏi các khách hàng có thẻ đó.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_list_texts.py" line="48" />
        <source>A segment is a saved filter: renaming, sharing or deleting it changes no customer. ★ shared with everyone.</source>
        <translation>Nhóm khách hàng là bộ lọc đã lưu: đổi tên, chia sẻ hay xóa không làm thay đổi khách hàng nào. ★ là dùng chung với mọi người.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_list_texts.py" line="53" />
        <source>Customers without a salesperson wait in a pool. Deleting a pool moves its customers to the main pool, which cannot be deleted.</source>
        <translation>Khách hàng chưa có nhân viên phụ trách nằm chờ trong kho. Xóa một kho sẽ chuyển khách hàng của kho đó sang kho chính, kho này không thể xóa.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_list_texts.py" line="58" />
        <source>Hide the channels the shop does not use: they are no longer offered for new customers. Customers and orders keep theirs.</source>
        <translation>Ẩn các kênh cửa hàng không dùng: chúng sẽ không còn được chọn cho khách hàng mới. Khách hàng và đơn hàng vẫn giữ kênh của mình.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_list_texts.py" line="63" />
        <source>Renaming or merging a source changes it on its customers. Deleting it clears it from them.</source>
        <translation>Đổi tên hoặc gộp một nguồn sẽ thay đổi trên các khách hàng của nguồn đó. Xóa sẽ bỏ nguồn khỏi các khách hàng đó.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_list_texts.py" line="67" />
        <source>Renaming or merging changes the orders packed with it. Deleting only stops offering it: the orders keep it.</source>
        <translation>Đổi tên hoặc gộp sẽ thay đổi trên các đơn hàng đã đóng gói với đơn vị đó. Xóa chỉ ngừng đưa ra lựa chọn: các đơn hàng vẫn giữ.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_list_texts.py" line="77" />
        <source>“{0}” is on {1} customers. Delete it and take it off them?</source>
        <translation>{1} khách hàng có thẻ “{0}”. Xóa thẻ và gỡ khỏi các khách hàng đó?</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_list_texts.py" line="78" />
        <source>Delete the segment “{0}”? It matches {1} customers; none of them changes.</source>
        <translation>Xóa nhóm khách hàng “{0}”? Nhóm này khớp với {1} khách hàng; không khách hàng nào bị thay đổi.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_list_texts.py" line="81" />
        <source>{1} customers wait in “{0}”. Delete the pool and move them to “{2}”?</source>
        <translation>{1} khách hàng đang chờ trong “{0}”. Xóa kho và chuyển họ sang “{2}”?</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_list_texts.py" line="82" />
        <source>{1} customers came from “{0}”. Delete it and clear it from them?</source>
        <translation>{1} khách hàng đến từ “{0}”. Xóa nguồn này và bỏ khỏi các khách hàng đó?</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_list_texts.py" line="83" />
        <source>{1} orders were packed with “{0}”. Delete it from the list? They keep it.</source>
        <translation>{1} đơn hàng đã đóng gói với “{0}”. Xóa khỏi danh sách? Các đơn hàng vẫn giữ.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_list_texts.py" line="86" />
        <source>{1} cases failed for “{0}”. Delete it from the list? They keep it.</source>
        <translation>{1} ca không thành công vì “{0}”. Xóa khỏi danh sách? Các ca đó vẫn giữ.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_list_texts.py" line="89" />
        <source>{1} cases were skipped for “{0}”. Delete it from the list? They keep it.</source>
        <translation>{1} ca bị bỏ qua vì “{0}”. Xóa khỏi danh sách? Các ca đó vẫn giữ.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_list_texts.py" line="92" />
        <source>{1} opportunities were lost for “{0}”. Delete it from the list? They keep it.</source>
        <translation>{1} cơ hội thất bại vì “{0}”. Xóa khỏi danh sách? Các cơ hội đó vẫn giữ.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_list_texts.py" line="96" />
        <source>Delete “{0}”? Nothing uses it.</source>
        <translation>Xóa “{0}”? Không có gì đang dùng.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_list_texts.py" line="97" />
        <source>{1} customers and orders came through “{0}”. Hide it? They keep it; it is no longer offered for new customers.</source>
        <translation>{1} khách hàng và đơn hàng đến qua “{0}”. Ẩn kênh này? Chúng vẫn giữ kênh; kênh không còn được chọn cho khách hàng mới.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_list_texts.py" line="102" />
        <source>Merge “{0}” into “{1}”? {2} records change, and “{0}” leaves the list.</source>
        <translation>Gộp “{0}” vào “{1}”? {2} bản ghi sẽ thay đổi và “{0}” sẽ rời danh sách.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_list_texts.py" line="137" />
        <source>★ Shared</source>
        <translation>★ Dùng chung</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_list_texts.py" line="138" />
        <source>Own</source>
        <translation>Của tôi</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_list_texts.py" line="139" />
        <source>Offered</source>
        <translation>Đang dùng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_list_texts.py" line="140" />
        <source>Hidden</source>
        <translation>Đã ẩn</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_list_texts.py" line="141" />
        <source>Main pool: cannot be deleted</source>
        <translation>Kho chính: không thể xóa</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_list_texts.py" line="142" />
        <source>No longer offered</source>
        <translation>Không còn dùng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/lists_dialog.py" line="73" />
        <source>Lists</source>
        <translation>Danh sách</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/lists_dialog.py" line="97" />
        <location filename="../../salesapp/ui/admin/lists_dialog.py" line="171" />
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/lists_dialog.py" line="98" />
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/lists_dialog.py" line="100" />
        <source>Rename</source>
        <translation>Đổi tên</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/lists_dialog.py" line="106" />
        <source>Merge into:</source>
        <translation>Gộp vào:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/lists_dialog.py" line="110" />
        <source>Merge…</source>
        <translation>Gộp…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/lists_dialog.py" line="116" />
        <source>Delete…</source>
        <translation>Xóa…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/lists_dialog.py" line="171" />
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/lists_dialog.py" line="251" />
        <source>Keep as my own</source>
        <translation>Giữ làm của riêng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/lists_dialog.py" line="251" />
        <location filename="../../salesapp/ui/admin/lists_dialog.py" line="267" />
        <source>Share with everyone</source>
        <translation>Chia sẻ với mọi người</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/lists_dialog.py" line="254" />
        <location filename="../../salesapp/ui/admin/lists_dialog.py" line="268" />
        <source>Hide…</source>
        <translation>Ẩn…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/lists_dialog.py" line="254" />
        <source>Offer again</source>
        <translation>Dùng lại</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/lists_dialog.py" line="293" />
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/lists_dialog.py" line="308" />
        <source>Added.</source>
        <translation>Đã thêm.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/lists_dialog.py" line="317" />
        <source>Renamed.</source>
        <translation>Đã đổi tên.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/lists_dialog.py" line="344" />
        <source>Merged: {0} records changed.</source>
        <translation>Đã gộp: {0} bản ghi thay đổi.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/lists_dialog.py" line="370" />
        <source>Deleted.</source>
        <translation>Đã xóa.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/lists_dialog.py" line="382" />
        <location filename="../../salesapp/ui/admin/lists_dialog.py" line="395" />
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
</context>
<context>
    <name>LoseDialog</name>
    <message>
        <location filename="../../salesapp/ui/opportunities/opportunity_dialog.py" line="287" />
        <location filename="../../salesapp/ui/opportunities/opportunity_dialog.py" line="297" />
        <source>Close as lost</source>
        <translation>Đánh dấu thất bại</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/opportunity_dialog.py" line="289" />
        <source>Why was “{0}” lost?</source>
        <translation>Vì sao “{0}” thất bại?</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/opportunity_dialog.py" line="312" />
        <source>Choose a reason…</source>
        <translation>Chọn lý do…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/opportunity_dialog.py" line="331" />
        <source>Choose why the opportunity was lost.</source>
        <translation>Hãy chọn lý do cơ hội thất bại.</translation>
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
        <translation>Hãy chọn mật khẩu của riêng bạn để bắt đầu làm việc.</translation>
    </message>
    <message>
        <location filename="../../salesapp/app.py" line="304" />
        <source>Your password is changed.</source>
        <translation>Đã đổi mật khẩu của bạn.</translation>
    </message>
    <message>
        <location filename="../../salesapp/app.py" line="411" />
        <source>Connection to the server is back.</source>
        <translation>Đã kết nối lại với máy chủ.</translation>
    </message>
    <message>
        <location filename="../../salesapp/app.py" line="413" />
        <source>Connection to the server lost: reconnecting…</source>
        <translation>Mất kết nối với máy chủ: đang kết nối lại…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/main_window.py" line="36" />
        <source>Follow-up</source>
        <translation>Theo dõi</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/main_window.py" line="37" />
        <source>Orders, call-back requests and payment notices to follow up until they close, with today's and overdue items first.</source>
        <translation>Đơn hàng, yêu cầu gọi lại và thông báo chuyển khoản cần theo dõi cho đến khi xong, việc hôm nay và việc quá hạn được xếp lên trước.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/main_window.py" line="45" />
        <source>Orders</source>
        <translation>Đơn hàng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/main_window.py" line="46" />
        <source>Every order with its lines, totals, payment and shipping status.</source>
        <translation>Tất cả đơn hàng kèm các dòng sản phẩm, tổng tiền, tình trạng thanh toán và giao hàng.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/main_window.py" line="50" />
        <source>Customers</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/main_window.py" line="51" />
        <source>One profile per customer, filled from chat messages, tagged and handed over fairly between staff.</source>
        <translation>Mỗi khách hàng một hồ sơ, điền từ tin nhắn chat, gắn thẻ và chia đều công bằng cho nhân viên.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/main_window.py" line="59" />
        <source>Upsell</source>
        <translation>Upsell</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/main_window.py" line="60" />
        <source>Fresh orders to call before they ship, shared fairly between telesales staff.</source>
        <translation>Đơn hàng mới cần gọi cho khách trước khi giao, chia đều công bằng cho nhân viên telesales.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/main_window.py" line="66" />
        <source>Opportunities</source>
        <translation>Cơ hội bán hàng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/main_window.py" line="67" />
        <source>Possible sales moving through the pipeline stages, with their win probability.</source>
        <translation>Các cơ hội bán hàng đi qua từng giai đoạn của quy trình bán hàng, kèm khả năng chốt được đơn.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/main_window.py" line="73" />
        <source>Products</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/main_window.py" line="74" />
        <source>The product catalogue: units, prices and categories, imported or typed.</source>
        <translation>Danh mục sản phẩm: đơn vị, giá và nhóm hàng, nhập tay hoặc nhập từ tệp.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/main_window.py" line="78" />
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/main_window.py" line="79" />
        <source>Follow-up, upsell and pipeline figures per staff member and period.</source>
        <translation>Số liệu theo dõi, bán thêm và quy trình bán hàng theo từng nhân viên và từng kỳ.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/main_window.py" line="81" />
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/main_window.py" line="142" />
        <source>Local database file</source>
        <translation>Tệp cơ sở dữ liệu trên máy này</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/main_window.py" line="142" />
        <source>Shared PostgreSQL server</source>
        <translation>Máy chủ PostgreSQL dùng chung</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/main_window.py" line="146" />
        <source>Signed in as {0} ({1})</source>
        <translation>Đã đăng nhập: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/main_window.py" line="181" />
        <source>{0} — salesapp</source>
        <translation>{0} — salesapp</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/main_window.py" line="197" />
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/main_window.py" line="198" />
        <source>&amp;New…</source>
        <translation>Tạo &amp;mới…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/main_window.py" line="203" />
        <source>&amp;Back up now…</source>
        <translation>&amp;Sao lưu ngay…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/main_window.py" line="204" />
        <source>&amp;Restore…</source>
        <translation>&amp;Khôi phục…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/main_window.py" line="205" />
        <source>&amp;Move to a file on this computer…</source>
        <translation>&amp;Chuyển về một tệp trên máy này…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/main_window.py" line="205" />
        <source>&amp;Move to a server…</source>
        <translation>&amp;Chuyển lên máy chủ…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/main_window.py" line="211" />
        <source>&amp;Change my password…</source>
        <translation>Đổ&amp;i mật khẩu của tôi…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/main_window.py" line="213" />
        <source>Sign &amp;out</source>
        <translation>Đăng &amp;xuất</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/main_window.py" line="216" />
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/main_window.py" line="220" />
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/main_window.py" line="227" />
        <source>&amp;Search</source>
        <translation>&amp;Tìm kiếm</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/main_window.py" line="230" />
        <source>&amp;Refresh</source>
        <translation>&amp;Làm mới</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/main_window.py" line="234" />
        <source>&amp;Preferences</source>
        <translation>Tùy &amp;chọn</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/main_window.py" line="239" />
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/main_window.py" line="240" />
        <source>&amp;Help for this section</source>
        <translation>&amp;Trợ giúp cho mục này</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/main_window.py" line="243" />
        <source>&amp;About salesapp</source>
        <translation>&amp;Giới thiệu salesapp</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/main_window.py" line="256" />
        <source>Nothing can be created in this section.</source>
        <translation>Không có gì để tạo mới trong mục này.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/main_window.py" line="332" />
        <source>Administrator</source>
        <translation>Quản trị viên</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/main_window.py" line="333" />
        <source>Manager</source>
        <translation>Quản lý</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/main_window.py" line="334" />
        <source>Sales</source>
        <translation>Nhân viên bán hàng</translation>
    </message>
</context>
<context>
    <name>MatchDialog</name>
    <message>
        <location filename="../../salesapp/ui/followup/_intake_dialogs.py" line="163" />
        <source>Match payment notice {0}</source>
        <translation>Đối soát thông báo chuyển khoản {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_intake_dialogs.py" line="166" />
        <source>{0} transferred {1} from {2}.</source>
        <translation>{0} đã chuyển {1} từ {2}.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_intake_dialogs.py" line="175" />
        <source>Order</source>
        <translation>Đơn hàng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_intake_dialogs.py" line="176" />
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_intake_dialogs.py" line="177" />
        <source>Customer</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_intake_dialogs.py" line="178" />
        <source>Total</source>
        <translation>Tổng tiền</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_intake_dialogs.py" line="179" />
        <source>Why suggested</source>
        <translation>Lý do gợi ý</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_intake_dialogs.py" line="185" />
        <source>Looking for orders…</source>
        <translation>Đang tìm đơn hàng…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_intake_dialogs.py" line="187" />
        <source>Match</source>
        <translation>Đối soát</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_intake_dialogs.py" line="207" />
        <source>order number given</source>
        <translation>khớp mã đơn khách báo</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_intake_dialogs.py" line="208" />
        <source>same amount</source>
        <translation>cùng số tiền</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_intake_dialogs.py" line="209" />
        <source>same customer</source>
        <translation>cùng khách hàng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_intake_dialogs.py" line="212" />
        <source>same phone</source>
        <translation>cùng số điện thoại</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_intake_dialogs.py" line="223" />
        <source>No orders of this customer were found.</source>
        <translation>Không tìm thấy đơn hàng nào của khách hàng này.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../salesapp/ui/customers/_duplicates_dialog.py" line="70" />
        <source>Merge two customers</source>
        <translation>Gộp hai khách hàng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_duplicates_dialog.py" line="77" />
        <source>Keep this customer</source>
        <translation>Giữ khách hàng này</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_duplicates_dialog.py" line="83" />
        <source>Name:</source>
        <translation>Tên:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_duplicates_dialog.py" line="84" />
        <source>Phones:</source>
        <translation>Số điện thoại:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_duplicates_dialog.py" line="85" />
        <source>E-mail:</source>
        <translation>Email:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_duplicates_dialog.py" line="86" />
        <source>Address:</source>
        <translation>Địa chỉ:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_duplicates_dialog.py" line="87" />
        <source>Salesperson:</source>
        <translation>Nhân viên bán hàng:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_duplicates_dialog.py" line="87" />
        <source>(pool)</source>
        <translation>(kho)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_duplicates_dialog.py" line="88" />
        <source>Added:</source>
        <translation>Ngày thêm:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_duplicates_dialog.py" line="89" />
        <source>Orders:</source>
        <translation>Đơn hàng:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_duplicates_dialog.py" line="105" />
        <source>The customer you do not keep is removed: its orders, notes, appointments and history move to the one you keep, and its phone, e-mail and address fill the kept one's empty fields. You can undo the merge afterwards.</source>
        <translation>Khách hàng không được giữ sẽ bị xóa: đơn hàng, ghi chú, lịch hẹn và lịch sử của khách đó được chuyển sang khách hàng được giữ, còn số điện thoại, email và địa chỉ sẽ điền vào các ô trống của khách hàng được giữ. Bạn có thể hoàn tác việc gộp sau đó.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_duplicates_dialog.py" line="113" />
        <source>Merge</source>
        <translation>Gộp</translation>
    </message>
</context>
<context>
    <name>Messaging</name>
    <message>
        <location filename="../../salesapp/ui/messaging/labels.py" line="10" />
        <source>queued</source>
        <translation>đang chờ gửi</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/labels.py" line="11" />
        <source>sending…</source>
        <translation>đang gửi…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/labels.py" line="12" />
        <source>sent</source>
        <translation>đã gửi</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/labels.py" line="13" />
        <source>failed</source>
        <translation>gửi không được</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/labels.py" line="14" />
        <source>cancelled</source>
        <translation>đã hủy</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/labels.py" line="15" />
        <source>unknown: check before sending again</source>
        <translation>chưa rõ: kiểm tra trước khi gửi lại</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/labels.py" line="18" />
        <source>E-mail</source>
        <translation>Email</translation>
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
        <translation>Cổng khác (HTTP)</translation>
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
        <translation>Không (chỉ máy chủ nội bộ)</translation>
    </message>
</context>
<context>
    <name>MessagingAccountsDialog</name>
    <message>
        <location filename="../../salesapp/ui/messaging/accounts_dialog.py" line="57" />
        <source>Messaging accounts</source>
        <translation>Tài khoản gửi tin</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/accounts_dialog.py" line="60" />
        <source>E-mail (SMTP)</source>
        <translation>Email (SMTP)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/accounts_dialog.py" line="61" />
        <source>SMS gateway</source>
        <translation>Cổng SMS</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/accounts_dialog.py" line="62" />
        <source>LINE</source>
        <translation>LINE</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/accounts_dialog.py" line="67" />
        <source>Passwords, API secrets and tokens are kept in this computer's keyring, never in the database: type them on each computer that sends.</source>
        <translation>Mật khẩu, khóa bí mật API và token được giữ trong kho mật khẩu của máy này, không lưu trong cơ sở dữ liệu: hãy nhập trên từng máy dùng để gửi.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/accounts_dialog.py" line="90" />
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/accounts_dialog.py" line="98" />
        <source>Send a test</source>
        <translation>Gửi thử</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/accounts_dialog.py" line="104" />
        <source>Test to:</source>
        <translation>Gửi thử đến:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/accounts_dialog.py" line="123" />
        <source>Server:</source>
        <translation>Máy chủ:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/accounts_dialog.py" line="124" />
        <source>Port:</source>
        <translation>Cổng:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/accounts_dialog.py" line="125" />
        <source>Security:</source>
        <translation>Bảo mật:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/accounts_dialog.py" line="126" />
        <source>User name:</source>
        <translation>Tên đăng nhập:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/accounts_dialog.py" line="127" />
        <source>Password:</source>
        <translation>Mật khẩu:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/accounts_dialog.py" line="128" />
        <location filename="../../salesapp/ui/messaging/accounts_dialog.py" line="161" />
        <source>Sender name:</source>
        <translation>Tên người gửi:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/accounts_dialog.py" line="129" />
        <source>Sender address:</source>
        <translation>Địa chỉ người gửi:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/accounts_dialog.py" line="130" />
        <source>Reply to:</source>
        <translation>Trả lời đến:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/accounts_dialog.py" line="153" />
        <source>{to} the number, {text} the message, {sender} the sender name; in the address too.</source>
        <translation>{to} là số điện thoại, {text} là nội dung, {sender} là tên người gửi; dùng được cả trong địa chỉ.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/accounts_dialog.py" line="157" />
        <source>Gateway:</source>
        <translation>Nhà cung cấp:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/accounts_dialog.py" line="158" />
        <source>Address:</source>
        <translation>Địa chỉ:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/accounts_dialog.py" line="159" />
        <source>API key:</source>
        <translation>API key:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/accounts_dialog.py" line="160" />
        <source>Secret or token:</source>
        <translation>Secret hoặc token:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/accounts_dialog.py" line="163" />
        <source>Method:</source>
        <translation>Phương thức:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/accounts_dialog.py" line="164" />
        <source>Content type:</source>
        <translation>Kiểu nội dung:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/accounts_dialog.py" line="165" />
        <source>Body:</source>
        <translation>Nội dung:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/accounts_dialog.py" line="177" />
        <source>Send LINE messages from our LINE Official Account</source>
        <translation>Gửi tin LINE từ LINE Official Account của cửa hàng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/accounts_dialog.py" line="181" />
        <source>The channel access token is in the LINE Developers console (Messaging API). A customer is reached by their LINE user id (U…), set on their profile.</source>
        <translation>Channel access token nằm trong LINE Developers console (Messaging API). Tin được gửi tới khách qua LINE user id (U…) ghi trong hồ sơ của khách.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/accounts_dialog.py" line="189" />
        <source>API address:</source>
        <translation>Địa chỉ API:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/accounts_dialog.py" line="190" />
        <source>Channel access token:</source>
        <translation>Channel access token:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/accounts_dialog.py" line="248" />
        <source>Kept in this computer's keyring; type to replace</source>
        <translation>Đã lưu trong máy này; nhập để thay</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/accounts_dialog.py" line="292" />
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/accounts_dialog.py" line="315" />
        <source>Sending a test…</source>
        <translation>Đang gửi thử…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/accounts_dialog.py" line="318" />
        <source>The test was sent to {0}.</source>
        <translation>Đã gửi thử đến {0}.</translation>
    </message>
</context>
<context>
    <name>MessagingBox</name>
    <message>
        <location filename="../../salesapp/ui/messaging/settings_entry.py" line="20" />
        <source>Messaging</source>
        <translation>Nhắn tin</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/settings_entry.py" line="23" />
        <source>Messaging accounts…</source>
        <translation>Tài khoản gửi tin…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/settings_entry.py" line="26" />
        <source>The e-mail server, the SMS gateway and LINE that messages to customers go through.</source>
        <translation>Máy chủ email, cổng SMS và LINE dùng để gửi tin cho khách hàng.</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../../salesapp/ui/backup/_move_dialog.py" line="51" />
        <source>Move to a server</source>
        <translation>Chuyển lên máy chủ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_move_dialog.py" line="52" />
        <source>Everything in this shop's database is copied into a new, empty database on the office's PostgreSQL server, and this computer then works on the server: other computers connect to it too. The file on this computer is left as it was, and a backup of it is kept in {0}.</source>
        <translation>Toàn bộ cơ sở dữ liệu của cửa hàng được sao chép vào một cơ sở dữ liệu mới, trống trên máy chủ PostgreSQL của văn phòng; sau đó máy này làm việc trên máy chủ, và các máy khác cũng kết nối vào đó. Tệp trên máy này được giữ nguyên, và một bản sao lưu của nó được lưu tại {0}.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_move_dialog.py" line="58" />
        <source>Move to a file on this computer</source>
        <translation>Chuyển về một tệp trên máy này</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_move_dialog.py" line="59" />
        <source>Everything in the server's database is copied into a new file on this computer, which this computer then works on. Ask everyone to close salesapp first: what they save after the copy starts is not moved. The server's database is left as it was, and a backup is kept in {0}.</source>
        <translation>Toàn bộ cơ sở dữ liệu trên máy chủ được sao chép vào một tệp mới trên máy này, và máy này sau đó làm việc trên tệp đó. Hãy nhờ mọi người đóng salesapp trước: những gì họ lưu sau khi bắt đầu sao chép sẽ không được chuyển. Cơ sở dữ liệu trên máy chủ được giữ nguyên, và một bản sao lưu được lưu tại {0}.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_move_dialog.py" line="68" />
        <source>Browse…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_move_dialog.py" line="76" />
        <source>New database file:</source>
        <translation>Tệp cơ sở dữ liệu mới:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_move_dialog.py" line="85" />
        <source>Move</source>
        <translation>Chuyển</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_move_dialog.py" line="100" />
        <source>New database file</source>
        <translation>Tệp cơ sở dữ liệu mới</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_move_dialog.py" line="102" />
        <source>salesapp database (*.sqlite3)</source>
        <translation>Cơ sở dữ liệu salesapp (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_move_dialog.py" line="109" />
        <source>Choose a new file for the database.</source>
        <translation>Hãy chọn một tệp mới cho cơ sở dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_move_dialog.py" line="135" />
        <source>Moved: {0} rows are now in {1}. This computer now works on it: sign in again.</source>
        <translation>Đã chuyển: {0} dòng giờ nằm trong {1}. Máy này giờ làm việc trên đó: hãy đăng nhập lại.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_move_dialog.py" line="144" />
        <source>Cancelled: nothing was moved.</source>
        <translation>Đã hủy: không chuyển gì cả.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_move_dialog.py" line="149" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_move_dialog.py" line="149" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>NoteCard</name>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_notes.py" line="70" />
        <source>Pinned</source>
        <translation>Đã ghim</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_notes.py" line="75" />
        <location filename="../../salesapp/ui/upsell/_upsell_notes.py" line="113" />
        <source>Unpin</source>
        <translation>Bỏ ghim</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_notes.py" line="75" />
        <location filename="../../salesapp/ui/upsell/_upsell_notes.py" line="113" />
        <source>Pin to top</source>
        <translation>Ghim lên đầu</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_notes.py" line="80" />
        <source>Delete…</source>
        <translation>Xóa…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_notes.py" line="84" />
        <source>Delete this note (the history keeps a record of it)</source>
        <translation>Xóa ghi chú này (lịch sử thao tác vẫn lưu lại)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_notes.py" line="86" />
        <source>Only the note's author or a manager can delete it.</source>
        <translation>Chỉ người viết ghi chú hoặc quản lý mới được xóa.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_notes.py" line="116" />
        <source>Delete note…</source>
        <translation>Xóa ghi chú…</translation>
    </message>
</context>
<context>
    <name>Opportunities</name>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_labels.py" line="25" />
        <source>Open</source>
        <translation>Đang mở</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_labels.py" line="26" />
        <location filename="../../salesapp/ui/opportunities/_opportunity_labels.py" line="47" />
        <source>Won</source>
        <translation>Thành công</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_labels.py" line="27" />
        <location filename="../../salesapp/ui/opportunities/_opportunity_labels.py" line="48" />
        <source>Lost</source>
        <translation>Thất bại</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_labels.py" line="30" />
        <source>Longest without activity first</source>
        <translation>Lâu không hoạt động nhất trước</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_labels.py" line="31" />
        <source>Closing soonest first</source>
        <translation>Sắp chốt nhất trước</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_labels.py" line="32" />
        <source>Largest amount first</source>
        <translation>Số tiền lớn nhất trước</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_labels.py" line="33" />
        <source>Newest first</source>
        <translation>Mới nhất trước</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_labels.py" line="36" />
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_labels.py" line="37" />
        <source>Call</source>
        <translation>Cuộc gọi</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_labels.py" line="42" />
        <source>Interested</source>
        <translation>Quan tâm</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_labels.py" line="43" />
        <source>Presented</source>
        <translation>Đã giới thiệu</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_labels.py" line="44" />
        <source>Quotation sent</source>
        <translation>Đã gửi báo giá</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_labels.py" line="45" />
        <source>Considering</source>
        <translation>Đang cân nhắc</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_labels.py" line="46" />
        <source>Negotiating</source>
        <translation>Đang thương lượng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_labels.py" line="49" />
        <source>Price too high</source>
        <translation>Giá cao quá</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_labels.py" line="50" />
        <source>Bought from a competitor</source>
        <translation>Đã mua chỗ khác</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_labels.py" line="51" />
        <source>No budget</source>
        <translation>Không có ngân sách</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_labels.py" line="52" />
        <source>Not needed any more</source>
        <translation>Không còn nhu cầu</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_labels.py" line="53" />
        <source>No reply from the customer</source>
        <translation>Không liên lạc được</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_labels.py" line="54" />
        <source>Bad timing</source>
        <translation>Chưa đúng thời điểm</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_labels.py" line="62" />
        <source>All</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_labels.py" line="83" />
        <source>{0} · {1}%</source>
        <translation>{0} · {1}%</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_labels.py" line="94" />
        <source>{0} d {1} h</source>
        <translation>{0} ngày {1} giờ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_labels.py" line="96" />
        <source>{0} h {1} min</source>
        <translation>{0} giờ {1} phút</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_labels.py" line="97" />
        <source>{0} min</source>
        <translation>{0} phút</translation>
    </message>
</context>
<context>
    <name>OpportunitiesView</name>
    <message>
        <location filename="../../salesapp/ui/opportunities/opportunities_view.py" line="128" />
        <source>Board</source>
        <translation>Bảng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/opportunities_view.py" line="128" />
        <source>List</source>
        <translation>Danh sách</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/opportunities_view.py" line="128" />
        <source>Pipeline</source>
        <translation>Quy trình</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/opportunities_view.py" line="130" />
        <source>Search title, product, customer or salesperson</source>
        <translation>Tìm theo tiêu đề, sản phẩm, khách hàng hoặc nhân viên</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/opportunities_view.py" line="133" />
        <source>Everyone</source>
        <translation>Mọi người</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/opportunities_view.py" line="134" />
        <source>Whose opportunities</source>
        <translation>Cơ hội của ai</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/opportunities_view.py" line="135" />
        <source>Stale only</source>
        <translation>Chỉ cơ hội không hoạt động</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/opportunities_view.py" line="136" />
        <source>Only opportunities idle longer than their stage allows</source>
        <translation>Chỉ các cơ hội không hoạt động lâu hơn mức giai đoạn cho phép</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/opportunities_view.py" line="140" />
        <source>Order of the list</source>
        <translation>Thứ tự danh sách</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/opportunities_view.py" line="141" />
        <source>New opportunity…</source>
        <translation>Cơ hội mới…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/opportunities_view.py" line="142" />
        <source>Stages…</source>
        <translation>Giai đoạn…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/opportunities_view.py" line="143" />
        <source>Stages, probabilities, idle limits and lost reasons</source>
        <translation>Giai đoạn, xác suất, số ngày không hoạt động tối đa và lý do thất bại</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/opportunities_view.py" line="213" />
        <source>Stale: no activity for {0} days (the stage allows {1}).</source>
        <translation>Không hoạt động: {0} ngày chưa có hoạt động nào (giai đoạn cho phép {1} ngày).</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/opportunities_view.py" line="221" />
        <source>Stage</source>
        <translation>Giai đoạn</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/opportunities_view.py" line="222" />
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/opportunities_view.py" line="223" />
        <source>Customer</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/opportunities_view.py" line="224" />
        <source>Amount</source>
        <translation>Số tiền</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/opportunities_view.py" line="226" />
        <source>Weighted</source>
        <translation>Dự báo</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/opportunities_view.py" line="228" />
        <source>Close</source>
        <translation>Ngày chốt</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/opportunities_view.py" line="229" />
        <source>Salesperson</source>
        <translation>Nhân viên</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/opportunities_view.py" line="230" />
        <source>Last activity</source>
        <translation>Hoạt động cuối</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/opportunities_view.py" line="366" />
        <source>{0} opportunities found</source>
        <translation>Tìm thấy {0} cơ hội</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/opportunities_view.py" line="368" />
        <source>The first {0} opportunities found; type more to narrow the search</source>
        <translation>{0} cơ hội đầu tiên tìm thấy; gõ thêm để thu hẹp kết quả</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/opportunities_view.py" line="372" />
        <source>{0} opportunities</source>
        <translation>{0} cơ hội</translation>
    </message>
</context>
<context>
    <name>OpportunityActions</name>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_changes.py" line="141" />
        <source>Moved to {0}.</source>
        <translation>Đã chuyển sang {0}.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_changes.py" line="162" />
        <source>Closed as won.</source>
        <translation>Đã chốt thành công.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_changes.py" line="179" />
        <source>Closed as lost.</source>
        <translation>Đã đánh dấu thất bại.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_changes.py" line="189" />
        <source>Reopened in {0}.</source>
        <translation>Đã mở lại ở giai đoạn {0}.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_changes.py" line="220" />
        <source>“{0}” added in {1}.</source>
        <translation>Đã thêm “{0}” vào {1}.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_changes.py" line="239" />
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
</context>
<context>
    <name>OpportunityBoard</name>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_board.py" line="407" />
        <source>Loading the pipeline…</source>
        <translation>Đang tải quy trình bán hàng…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_board.py" line="417" />
        <source>No open stages: add one in Stages…</source>
        <translation>Chưa có giai đoạn đang mở: hãy thêm trong Giai đoạn…</translation>
    </message>
</context>
<context>
    <name>OpportunityDialog</name>
    <message>
        <location filename="../../salesapp/ui/opportunities/opportunity_dialog.py" line="72" />
        <source>Edit opportunity</source>
        <translation>Sửa cơ hội</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/opportunity_dialog.py" line="72" />
        <source>New opportunity</source>
        <translation>Cơ hội mới</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/opportunity_dialog.py" line="83" />
        <source>Search customers by name or phone</source>
        <translation>Tìm khách hàng theo tên hoặc số điện thoại</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/opportunity_dialog.py" line="92" />
        <location filename="../../salesapp/ui/opportunities/opportunity_dialog.py" line="97" />
        <source>Customer:</source>
        <translation>Khách hàng:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/opportunity_dialog.py" line="93" />
        <source>No customer chosen yet</source>
        <translation>Chưa chọn khách hàng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/opportunity_dialog.py" line="100" />
        <source>What the customer may buy, e.g. “Serum set for the shop”</source>
        <translation>Khách có thể mua gì, vd: “Bộ serum cho cửa hàng”</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/opportunity_dialog.py" line="115" />
        <source>One product per line</source>
        <translation>Mỗi dòng một sản phẩm</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/opportunity_dialog.py" line="121" />
        <source>Title:</source>
        <translation>Tiêu đề:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/opportunity_dialog.py" line="122" />
        <source>Expected amount:</source>
        <translation>Số tiền dự kiến:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/opportunity_dialog.py" line="123" />
        <source>Expected close:</source>
        <translation>Ngày chốt dự kiến:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/opportunity_dialog.py" line="124" />
        <source>Salesperson:</source>
        <translation>Nhân viên bán hàng:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/opportunity_dialog.py" line="125" />
        <source>Products of interest:</source>
        <translation>Sản phẩm quan tâm:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/opportunity_dialog.py" line="126" />
        <source>Notes:</source>
        <translation>Ghi chú:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/opportunity_dialog.py" line="162" />
        <source>The customer's salesperson</source>
        <translation>Nhân viên phụ trách khách hàng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/opportunity_dialog.py" line="194" />
        <source>No customer found.</source>
        <translation>Không tìm thấy khách hàng.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/opportunity_dialog.py" line="201" />
        <source>Chosen: {0}</source>
        <translation>Đã chọn: {0}</translation>
    </message>
</context>
<context>
    <name>OpportunityPane</name>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_pane.py" line="97" />
        <source>Move the opportunity to another stage</source>
        <translation>Chuyển cơ hội sang giai đoạn khác</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_pane.py" line="102" />
        <source>Stage:</source>
        <translation>Giai đoạn:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_pane.py" line="120" />
        <source>Won</source>
        <translation>Thành công</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_pane.py" line="121" />
        <source>Close as won: the sale was made</source>
        <translation>Chốt thành công: đã bán được hàng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_pane.py" line="122" />
        <source>Lost…</source>
        <translation>Thất bại…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_pane.py" line="123" />
        <source>Close as lost, with a reason</source>
        <translation>Đánh dấu thất bại, kèm lý do</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_pane.py" line="124" />
        <source>Reopen</source>
        <translation>Mở lại</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_pane.py" line="125" />
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_pane.py" line="137" />
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_pane.py" line="138" />
        <source>Notes and calls</source>
        <translation>Ghi chú và cuộc gọi</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_pane.py" line="139" />
        <source>Stage history</source>
        <translation>Lịch sử giai đoạn</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_pane.py" line="141" />
        <source>Select an opportunity to see it here.</source>
        <translation>Chọn một cơ hội để xem tại đây.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_pane.py" line="176" />
        <source>Expected amount:</source>
        <translation>Số tiền dự kiến:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_pane.py" line="177" />
        <source>Weighted forecast:</source>
        <translation>Dự báo (có trọng số):</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_pane.py" line="178" />
        <source>Expected close:</source>
        <translation>Ngày chốt dự kiến:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_pane.py" line="179" />
        <source>Salesperson:</source>
        <translation>Nhân viên bán hàng:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_pane.py" line="180" />
        <source>Products of interest:</source>
        <translation>Sản phẩm quan tâm:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_pane.py" line="181" />
        <source>Notes:</source>
        <translation>Ghi chú:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_pane.py" line="182" />
        <source>Created:</source>
        <translation>Ngày tạo:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_pane.py" line="183" />
        <source>Last activity:</source>
        <translation>Hoạt động cuối:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_pane.py" line="184" />
        <source>Idle limit of the stage:</source>
        <translation>Số ngày không hoạt động tối đa của giai đoạn:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_pane.py" line="198" />
        <source>No notes or calls yet.</source>
        <translation>Chưa có ghi chú hoặc cuộc gọi.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_pane.py" line="201" />
        <source>What was said or agreed…</source>
        <translation>Đã trao đổi hoặc thỏa thuận gì…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_pane.py" line="202" />
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_pane.py" line="217" />
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_pane.py" line="217" />
        <source>To</source>
        <translation>Đến</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_pane.py" line="217" />
        <source>When</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_pane.py" line="217" />
        <source>Time in stage</source>
        <translation>Thời gian ở giai đoạn</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_pane.py" line="217" />
        <source>Who</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_pane.py" line="264" />
        <location filename="../../salesapp/ui/opportunities/_opportunity_pane.py" line="308" />
        <source>No salesperson</source>
        <translation>Chưa có nhân viên</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_pane.py" line="283" />
        <source>Probability {0}% · weighted forecast {1}</source>
        <translation>Xác suất {0}% · dự báo (có trọng số) {1}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_pane.py" line="290" />
        <source>Stale: no activity for {0} days (the stage allows {1}).</source>
        <translation>Không hoạt động: {0} ngày chưa có hoạt động nào (giai đoạn cho phép {1} ngày).</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_pane.py" line="293" />
        <source>Won on {0}</source>
        <translation>Thành công lúc {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_pane.py" line="296" />
        <source>Lost on {0}: {1}</source>
        <translation>Thất bại lúc {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_pane.py" line="304" />
        <source>{0} ({1}% of the amount)</source>
        <translation>{0} ({1}% số tiền)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_pane.py" line="313" />
        <source>{0} days</source>
        <translation>{0} ngày</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_pane.py" line="313" />
        <source>No limit</source>
        <translation>Không giới hạn</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_pane.py" line="333" />
        <source>(created)</source>
        <translation>(tạo mới)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_pane.py" line="336" />
        <source>{0} so far</source>
        <translation>{0} đến nay</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_pane.py" line="346" />
        <source>Time per stage: {0}</source>
        <translation>Thời gian theo giai đoạn: {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_opportunity_pane.py" line="388" />
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
</context>
<context>
    <name>OrderActions</name>
    <message>
        <location filename="../../salesapp/ui/orders/_order_actions.py" line="101" />
        <source>Pack order {0}</source>
        <translation>Đóng gói đơn {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_actions.py" line="109" />
        <source>Cancel order {0}</source>
        <translation>Hủy đơn {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_actions.py" line="110" />
        <source>Why is the order cancelled? The reason stays in its history.</source>
        <translation>Vì sao hủy đơn? Lý do được lưu trong lịch sử của đơn.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_actions.py" line="115" />
        <source>Return of order {0}</source>
        <translation>Trả hàng đơn {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_actions.py" line="183" />
        <source>Pack %Ln order(s)</source>
        <translation>Đóng gói %Ln đơn</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_actions.py" line="193" />
        <source>Cancel %Ln order(s)</source>
        <translation>Hủy %Ln đơn</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_actions.py" line="194" />
        <source>Why are the orders cancelled? The reason stays in each order's history.</source>
        <translation>Vì sao hủy các đơn này? Lý do được lưu trong lịch sử của từng đơn.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_actions.py" line="222" />
        <source>%Ln order(s) changed.</source>
        <translation>Đã cập nhật %Ln đơn.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_actions.py" line="243" />
        <source>%Ln order(s) not changed:</source>
        <translation>%Ln đơn không thay đổi:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_actions.py" line="250" />
        <source>… and %Ln more.</source>
        <translation>… và %Ln đơn khác.</translation>
    </message>
</context>
<context>
    <name>OrderPane</name>
    <message>
        <location filename="../../salesapp/ui/orders/_order_pane.py" line="96" />
        <source>Select an order to see it here.</source>
        <translation>Chọn một đơn hàng để xem tại đây.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_pane.py" line="129" />
        <source>Customer and delivery</source>
        <translation>Khách hàng và giao hàng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_pane.py" line="130" />
        <source>Shipping</source>
        <translation>Vận chuyển</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_pane.py" line="131" />
        <source>Lines</source>
        <translation>Dòng hàng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_pane.py" line="139" />
        <source>Upsell</source>
        <translation>Upsell</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_pane.py" line="140" />
        <source>Follow-up notes</source>
        <translation>Ghi chú theo dõi</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_pane.py" line="145" />
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_pane.py" line="177" />
        <source>Each step applies to every selected order it fits; the others are listed with the reason.</source>
        <translation>Mỗi bước áp dụng cho mọi đơn đã chọn phù hợp; các đơn còn lại được liệt kê kèm lý do.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_pane.py" line="202" />
        <source>%Ln order(s) selected</source>
        <translation>Đã chọn %Ln đơn</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_pane.py" line="220" />
        <source>Order {0}</source>
        <translation>Đơn {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_pane.py" line="223" />
        <source>In the upsell queue: it can be packed once the upsell call is finished or skipped.</source>
        <translation>Đang trong hàng đợi upsell: có thể đóng gói khi cuộc gọi upsell hoàn tất hoặc được bỏ qua.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_pane.py" line="231" />
        <source>Customer</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_pane.py" line="232" />
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_pane.py" line="233" />
        <source>Delivery address</source>
        <translation>Địa chỉ giao hàng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_pane.py" line="234" />
        <source>Salesperson</source>
        <translation>Nhân viên bán hàng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_pane.py" line="235" />
        <source>Ordered</source>
        <translation>Ngày đặt</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_pane.py" line="236" />
        <source>Payment</source>
        <translation>Thanh toán</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_pane.py" line="237" />
        <source>Bill note</source>
        <translation>Ghi chú hóa đơn</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_pane.py" line="242" />
        <source>Confirmed</source>
        <translation>Xác nhận lúc</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_pane.py" line="243" />
        <source>Carrier</source>
        <translation>Đơn vị vận chuyển</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_pane.py" line="244" />
        <source>Tracking number</source>
        <translation>Mã vận đơn</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_pane.py" line="246" />
        <source>Packing date</source>
        <translation>Ngày đóng gói</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_pane.py" line="249" />
        <source>Shipped</source>
        <translation>Gửi đi lúc</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_pane.py" line="250" />
        <source>Delivered</source>
        <translation>Đã giao lúc</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_pane.py" line="251" />
        <source>Cancelled</source>
        <translation>Hủy lúc</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_pane.py" line="252" />
        <source>Cancel reason</source>
        <translation>Lý do hủy</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_pane.py" line="253" />
        <source>Returned</source>
        <translation>Trả hàng lúc</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_pane.py" line="254" />
        <source>Return reason</source>
        <translation>Lý do trả hàng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_pane.py" line="261" />
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_pane.py" line="262" />
        <source>Assigned to</source>
        <translation>Giao cho</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_pane.py" line="263" />
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_pane.py" line="271" />
        <source>No notes yet.</source>
        <translation>Chưa có ghi chú.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_pane.py" line="306" />
        <source>returned</source>
        <translation>đã trả</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_pane.py" line="316" />
        <source>Subtotal</source>
        <translation>Tạm tính</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_pane.py" line="317" />
        <source>Discount</source>
        <translation>Chiết khấu</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_pane.py" line="318" />
        <source>Shipping fee</source>
        <translation>Phí vận chuyển</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_pane.py" line="319" />
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_pane.py" line="320" />
        <source>Paid</source>
        <translation>Đã thanh toán</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_pane.py" line="321" />
        <source>Balance</source>
        <translation>Còn lại</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_texts.py" line="17" />
        <source>Confirm</source>
        <translation>Xác nhận</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_texts.py" line="18" />
        <source>Pack…</source>
        <translation>Đóng gói…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_texts.py" line="19" />
        <source>Ship</source>
        <translation>Gửi hàng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_texts.py" line="20" />
        <source>Mark delivered</source>
        <translation>Đã giao</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_texts.py" line="21" />
        <source>Cancel order…</source>
        <translation>Hủy đơn…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_texts.py" line="22" />
        <source>Return…</source>
        <translation>Trả hàng…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_texts.py" line="25" />
        <source>Confirm the order: it can then be packed</source>
        <translation>Xác nhận đơn: sau đó có thể đóng gói</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_texts.py" line="26" />
        <source>Record the carrier, the tracking number and the packing date</source>
        <translation>Ghi đơn vị vận chuyển, mã vận đơn và ngày đóng gói</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_texts.py" line="27" />
        <source>The carrier has taken the parcel</source>
        <translation>Đơn vị vận chuyển đã nhận kiện hàng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_texts.py" line="28" />
        <source>The customer has received the parcel</source>
        <translation>Khách hàng đã nhận được hàng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_texts.py" line="29" />
        <source>Cancel the order, with a reason (only before packing)</source>
        <translation>Hủy đơn kèm lý do (chỉ trước khi đóng gói)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_texts.py" line="30" />
        <source>The parcel came back: the reason and which lines</source>
        <translation>Hàng bị trả lại: lý do và những dòng hàng nào</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_texts.py" line="33" />
        <source>Order confirmed.</source>
        <translation>Đã xác nhận đơn.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_texts.py" line="34" />
        <source>Order packed.</source>
        <translation>Đã đóng gói đơn.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_texts.py" line="35" />
        <source>Order shipped.</source>
        <translation>Đã gửi đơn đi.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_texts.py" line="36" />
        <source>Order delivered.</source>
        <translation>Đơn đã giao tới khách.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_texts.py" line="37" />
        <source>Order cancelled.</source>
        <translation>Đã hủy đơn.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_texts.py" line="38" />
        <source>Return recorded.</source>
        <translation>Đã ghi nhận trả hàng.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_texts.py" line="41" />
        <source>Created</source>
        <translation>Tạo</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_texts.py" line="42" />
        <source>Changed</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_texts.py" line="43" />
        <source>Status changed</source>
        <translation>Đổi trạng thái</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_texts.py" line="44" />
        <source>Entered the upsell queue</source>
        <translation>Vào hàng đợi upsell</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_texts.py" line="47" />
        <source>number</source>
        <translation>số đơn</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_texts.py" line="48" />
        <source>status</source>
        <translation>trạng thái</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_texts.py" line="49" />
        <source>total</source>
        <translation>tổng tiền</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_texts.py" line="50" />
        <source>carrier</source>
        <translation>đơn vị vận chuyển</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_texts.py" line="51" />
        <source>tracking number</source>
        <translation>mã vận đơn</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_texts.py" line="52" />
        <source>packing date</source>
        <translation>ngày đóng gói</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_texts.py" line="53" />
        <location filename="../../salesapp/ui/orders/_order_texts.py" line="54" />
        <source>reason</source>
        <translation>lý do</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_texts.py" line="55" />
        <source>lines</source>
        <translation>dòng hàng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_texts.py" line="56" />
        <source>released to packing</source>
        <translation>đã chuyển sang đóng gói</translation>
    </message>
</context>
<context>
    <name>OrdersView</name>
    <message>
        <location filename="../../salesapp/ui/orders/order_labels.py" line="13" />
        <source>Awaiting</source>
        <translation>Chờ xác nhận</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/order_labels.py" line="14" />
        <source>Confirmed</source>
        <translation>Đã xác nhận</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/order_labels.py" line="15" />
        <source>Packed</source>
        <translation>Đã đóng gói</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/order_labels.py" line="16" />
        <source>Shipped</source>
        <translation>Đang giao</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/order_labels.py" line="17" />
        <source>Delivered</source>
        <translation>Đã giao</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/order_labels.py" line="18" />
        <source>Cancelled</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/order_labels.py" line="19" />
        <source>Returned</source>
        <translation>Hoàn trả</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/orders_view.py" line="61" />
        <source>Order</source>
        <translation>Đơn hàng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/orders_view.py" line="62" />
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/orders_view.py" line="63" />
        <source>Customer</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/orders_view.py" line="64" />
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/orders_view.py" line="65" />
        <source>Total</source>
        <translation>Tổng tiền</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/orders_view.py" line="66" />
        <source>Salesperson</source>
        <translation>Nhân viên bán hàng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/orders_view.py" line="69" />
        <source>All</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/orders_view.py" line="78" />
        <source>Search by order number, customer name or phone</source>
        <translation>Tìm theo mã đơn, tên khách hoặc số điện thoại</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/orders_view.py" line="93" />
        <source>New order…</source>
        <translation>Tạo đơn hàng…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/orders_view.py" line="94" />
        <source>Choose the customer, then fill in the bill</source>
        <translation>Chọn khách hàng, rồi điền hóa đơn</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/orders_view.py" line="141" />
        <source>Order {0} created.</source>
        <translation>Đã tạo đơn {0}.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/orders_view.py" line="180" />
        <source>%Ln order(s) found</source>
        <translation>Tìm thấy %Ln đơn hàng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/orders_view.py" line="182" />
        <source>The first {0} orders found; type more to narrow the search</source>
        <translation>{0} đơn hàng đầu tiên tìm thấy; gõ thêm để thu hẹp kết quả</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/orders_view.py" line="184" />
        <source>%Ln order(s)</source>
        <translation>%Ln đơn hàng</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <location filename="../../salesapp/ui/messaging/outbox_dialog.py" line="41" />
        <source>Messages to {0}</source>
        <translation>Tin nhắn gửi {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/outbox_dialog.py" line="45" />
        <source>Queued</source>
        <translation>Xếp hàng lúc</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/outbox_dialog.py" line="45" />
        <source>Channel</source>
        <translation>Kênh</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/outbox_dialog.py" line="45" />
        <source>To</source>
        <translation>Đến</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/outbox_dialog.py" line="45" />
        <source>Delivery</source>
        <translation>Trạng thái gửi</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/outbox_dialog.py" line="51" />
        <source>Send again…</source>
        <translation>Gửi lại…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/outbox_dialog.py" line="116" />
        <source>Send again</source>
        <translation>Gửi lại</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/outbox_dialog.py" line="117" />
        <source>This message may have been sent: the computer sending it stopped before the provider answered. Send it again only if you checked it did not arrive.</source>
        <translation>Tin này có thể đã được gửi: máy đang gửi đã dừng trước khi nhà cung cấp trả lời. Chỉ gửi lại khi đã kiểm tra là khách chưa nhận được.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/outbox_dialog.py" line="131" />
        <source>Queued again.</source>
        <translation>Đã xếp hàng gửi lại.</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <location filename="../../salesapp/ui/customers/_appointment_dialog.py" line="264" />
        <source>Outcome of the meeting</source>
        <translation>Kết quả cuộc hẹn</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_appointment_dialog.py" line="268" />
        <source>Meeting with &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>Cuộc hẹn với &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_appointment_dialog.py" line="273" />
        <source>How it went, what was agreed, what comes next</source>
        <translation>Diễn ra thế nào, đã thỏa thuận gì, bước tiếp theo là gì</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_appointment_dialog.py" line="280" />
        <source>Outcome:</source>
        <translation>Kết quả:</translation>
    </message>
</context>
<context>
    <name>OutcomeModel</name>
    <message>
        <location filename="../../salesapp/ui/customers/_import_dialog.py" line="98" />
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_import_dialog.py" line="99" />
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_import_dialog.py" line="100" />
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/import_outcomes.py" line="43" />
        <source>Line</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/import_outcomes.py" line="43" />
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/import_outcomes.py" line="44" />
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/import_outcomes.py" line="47" />
        <source>Create</source>
        <translation>Tạo mới</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/import_outcomes.py" line="48" />
        <source>Update</source>
        <translation>Cập nhật</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/import_outcomes.py" line="49" />
        <source>Skip</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/import_outcomes.py" line="50" />
        <source>Error</source>
        <translation>Lỗi</translation>
    </message>
</context>
<context>
    <name>PackDialog</name>
    <message>
        <location filename="../../salesapp/ui/orders/_order_dialogs.py" line="54" />
        <source>e.g. Kerry Express</source>
        <translation>ví dụ: Giao Hàng Nhanh</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_dialogs.py" line="59" />
        <source>Carrier:</source>
        <translation>Đơn vị vận chuyển:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_dialogs.py" line="61" />
        <source>Tracking number:</source>
        <translation>Mã vận đơn:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_dialogs.py" line="63" />
        <source>Tracking numbers are added order by order.</source>
        <translation>Mã vận đơn được nhập riêng cho từng đơn.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_dialogs.py" line="67" />
        <source>Packing date:</source>
        <translation>Ngày đóng gói:</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../salesapp/ui/mainwindow/password_dialog.py" line="51" />
        <source>Choose your own password</source>
        <translation>Chọn mật khẩu của riêng bạn</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/password_dialog.py" line="53" />
        <source>Hello {0}: the password you signed in with was given to you by an administrator. Choose your own before you start; only you will know it.</source>
        <translation>Xin chào {0}: mật khẩu bạn vừa dùng để đăng nhập do quản trị viên đặt. Hãy chọn mật khẩu của riêng bạn trước khi bắt đầu; chỉ bạn biết mật khẩu đó.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/password_dialog.py" line="59" />
        <source>Change my password</source>
        <translation>Đổi mật khẩu của tôi</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/password_dialog.py" line="60" />
        <source>Type your current password, then the new one twice.</source>
        <translation>Nhập mật khẩu hiện tại, rồi nhập mật khẩu mới hai lần.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/password_dialog.py" line="67" />
        <source>At least {0} characters.</source>
        <translation>Ít nhất {0} ký tự.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/password_dialog.py" line="71" />
        <source>Current password:</source>
        <translation>Mật khẩu hiện tại:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/password_dialog.py" line="72" />
        <source>New password:</source>
        <translation>Mật khẩu mới:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/password_dialog.py" line="74" />
        <source>New password again:</source>
        <translation>Nhập lại mật khẩu mới:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/password_dialog.py" line="79" />
        <source>Save password</source>
        <translation>Lưu mật khẩu</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/password_dialog.py" line="81" />
        <source>Sign out</source>
        <translation>Đăng xuất</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/password_dialog.py" line="96" />
        <source>The new password needs at least {0} characters.</source>
        <translation>Mật khẩu mới cần ít nhất {0} ký tự.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/password_dialog.py" line="101" />
        <source>The two new passwords differ: type the same one twice.</source>
        <translation>Hai mật khẩu mới không khớp: hãy nhập giống nhau hai lần.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/password_dialog.py" line="105" />
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
</context>
<context>
    <name>PaymentNoticeDialog</name>
    <message>
        <location filename="../../salesapp/ui/followup/_intake_dialogs.py" line="86" />
        <source>New payment notice</source>
        <translation>Thông báo chuyển khoản mới</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_intake_dialogs.py" line="97" />
        <source>No slip attached</source>
        <translation>Chưa đính kèm biên lai</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_intake_dialogs.py" line="98" />
        <source>Attach slip…</source>
        <translation>Đính kèm biên lai…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_intake_dialogs.py" line="108" />
        <source>Name:</source>
        <translation>Tên:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_intake_dialogs.py" line="109" />
        <source>Phone:</source>
        <translation>Điện thoại:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_intake_dialogs.py" line="110" />
        <source>Country:</source>
        <translation>Quốc gia:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_intake_dialogs.py" line="111" />
        <source>Amount:</source>
        <translation>Số tiền:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_intake_dialogs.py" line="112" />
        <source>Bank:</source>
        <translation>Ngân hàng:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_intake_dialogs.py" line="113" />
        <source>Transferred at:</source>
        <translation>Thời gian chuyển:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_intake_dialogs.py" line="114" />
        <source>Order number given:</source>
        <translation>Mã đơn khách báo:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_intake_dialogs.py" line="115" />
        <source>Slip:</source>
        <translation>Biên lai:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_intake_dialogs.py" line="120" />
        <source>Choose the payment slip</source>
        <translation>Chọn biên lai chuyển khoản</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_intake_dialogs.py" line="120" />
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Hình ảnh (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>PipelineTable</name>
    <message>
        <location filename="../../salesapp/ui/opportunities/_pipeline_table.py" line="51" />
        <source>Salesperson</source>
        <translation>Nhân viên</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_pipeline_table.py" line="51" />
        <source>Open</source>
        <translation>Đang mở</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_pipeline_table.py" line="51" />
        <source>Amount</source>
        <translation>Số tiền</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_pipeline_table.py" line="51" />
        <source>Weighted forecast</source>
        <translation>Dự báo (có trọng số)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_pipeline_table.py" line="52" />
        <source>Stale</source>
        <translation>Không hoạt động</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_pipeline_table.py" line="52" />
        <source>Won this month</source>
        <translation>Thành công tháng này</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_pipeline_table.py" line="52" />
        <source>Lost this month</source>
        <translation>Thất bại tháng này</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_pipeline_table.py" line="64" />
        <source>Weighted forecast = amount × the stage's probability. Double-click a line to list that salesperson's opportunities.</source>
        <translation>Dự báo (có trọng số) = số tiền × xác suất của giai đoạn. Nhấp đúp vào một dòng để xem các cơ hội của nhân viên đó.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_pipeline_table.py" line="96" />
        <source>No salesperson</source>
        <translation>Chưa có nhân viên</translation>
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
        <translation>Mọi người</translation>
    </message>
</context>
<context>
    <name>ProductColumns</name>
    <message>
        <location filename="../../salesapp/ui/catalogue/_catalogue_files.py" line="33" />
        <source>SKU</source>
        <translation>Mã sản phẩm</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/_catalogue_files.py" line="34" />
        <source>Name</source>
        <translation>Tên sản phẩm</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/_catalogue_files.py" line="35" />
        <source>Category</source>
        <translation>Danh mục</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/_catalogue_files.py" line="36" />
        <source>Description</source>
        <translation>Mô tả</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/_catalogue_files.py" line="37" />
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/_catalogue_files.py" line="38" />
        <source>Base units</source>
        <translation>Số đơn vị cơ sở</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/_catalogue_files.py" line="39" />
        <source>Price</source>
        <translation>Giá bán</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/_catalogue_files.py" line="40" />
        <source>Currency</source>
        <translation>Tiền tệ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/_catalogue_files.py" line="41" />
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/_catalogue_files.py" line="48" />
        <source>Active</source>
        <translation>Đang bán</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/_catalogue_files.py" line="49" />
        <source>Archived</source>
        <translation>Lưu trữ</translation>
    </message>
</context>
<context>
    <name>ProductExportDialog</name>
    <message>
        <location filename="../../salesapp/ui/catalogue/_catalogue_files.py" line="142" />
        <source>Export products</source>
        <translation>Xuất sản phẩm</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/_catalogue_files.py" line="144" />
        <source>{0} products of the list as shown, one row per unit: the import reads it back.</source>
        <translation>{0} sản phẩm của danh sách đang hiện, mỗi dòng một đơn vị: có thể nhập lại.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/_catalogue_files.py" line="150" />
        <source>Export products to</source>
        <translation>Xuất sản phẩm ra</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/_catalogue_files.py" line="159" />
        <source>{0} rows written.</source>
        <translation>Đã ghi {0} dòng.</translation>
    </message>
</context>
<context>
    <name>ProductImportDialog</name>
    <message>
        <location filename="../../salesapp/ui/catalogue/_catalogue_files.py" line="67" />
        <source>Import products</source>
        <translation>Nhập sản phẩm</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/_catalogue_files.py" line="80" />
        <source>Add new products only</source>
        <translation>Chỉ thêm sản phẩm mới</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/_catalogue_files.py" line="81" />
        <source>Add new products and update existing ones</source>
        <translation>Thêm sản phẩm mới và cập nhật sản phẩm đã có</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/_catalogue_files.py" line="82" />
        <source>Update existing products only</source>
        <translation>Chỉ cập nhật sản phẩm đã có</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/_catalogue_files.py" line="90" />
        <source>Prices in:</source>
        <translation>Giá tính bằng:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/_catalogue_files.py" line="93" />
        <source>The first row of the file must hold the column names. One row per unit: SKU, name, category, description, unit, base units, price, currency, status; the rows of one SKU make one product. Existing products are recognised by their SKU; an import adds and updates units, never removes one. Prices without a currency are in the currency chosen here.</source>
        <translation>Dòng đầu của tệp phải là tên cột. Mỗi dòng một đơn vị: mã, tên, danh mục, mô tả, đơn vị, số đơn vị cơ sở, giá, tiền tệ, trạng thái; các dòng cùng mã gộp thành một sản phẩm. Sản phẩm đã có được nhận ra theo mã; khi nhập, đơn vị được thêm và cập nhật, không bao giờ bị xóa. Giá không ghi tiền tệ sẽ tính theo tiền tệ chọn ở đây.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/_catalogue_files.py" line="124" />
        <source>{0} rows: {1} products to create, {2} to update, {3} skipped, {4} rows with errors.</source>
        <translation>{0} dòng: tạo {1} sản phẩm, cập nhật {2}, bỏ qua {3}, {4} dòng có lỗi.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/_catalogue_files.py" line="129" />
        <source>Done: {0} products created, {1} updated, {2} skipped.</source>
        <translation>Xong: đã tạo {0} sản phẩm, cập nhật {1}, bỏ qua {2}.</translation>
    </message>
</context>
<context>
    <name>ProductPane</name>
    <message>
        <location filename="../../salesapp/ui/catalogue/_product_pane.py" line="59" />
        <source>e.g. TH-SER-30</source>
        <translation>ví dụ: VN-CAF-500</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/_product_pane.py" line="68" />
        <source>e.g. Skin care</source>
        <translation>ví dụ: Mỹ phẩm</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/_product_pane.py" line="75" />
        <source>SKU:</source>
        <translation>Mã sản phẩm:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/_product_pane.py" line="76" />
        <source>Name:</source>
        <translation>Tên sản phẩm:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/_product_pane.py" line="77" />
        <source>Category:</source>
        <translation>Danh mục:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/_product_pane.py" line="78" />
        <source>Description:</source>
        <translation>Mô tả:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/_product_pane.py" line="79" />
        <source>Units and prices:</source>
        <translation>Đơn vị và giá:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/_product_pane.py" line="81" />
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/_product_pane.py" line="84" />
        <source>Discard changes</source>
        <translation>Bỏ thay đổi</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/_product_pane.py" line="85" />
        <source>Show the product as saved, without your changes</source>
        <translation>Hiện sản phẩm như đã lưu, bỏ các thay đổi của bạn</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/_product_pane.py" line="99" />
        <source>Select a product to see it here.</source>
        <translation>Chọn một sản phẩm để xem tại đây.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/_product_pane.py" line="155" />
        <source>Sold: offered on order forms.</source>
        <translation>Đang bán: có trong phiếu tạo đơn.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/_product_pane.py" line="158" />
        <source>Archived: no longer offered on order forms; old orders keep it.</source>
        <translation>Đã lưu trữ: không còn trong phiếu tạo đơn; các đơn cũ vẫn giữ sản phẩm này.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/_product_pane.py" line="160" />
        <source>Archive</source>
        <translation>Lưu trữ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/_product_pane.py" line="160" />
        <source>Restore</source>
        <translation>Bán lại</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/_product_pane.py" line="162" />
        <source>Stop selling it: it leaves the order forms, old orders keep it</source>
        <translation>Ngừng bán: bỏ khỏi phiếu tạo đơn, các đơn cũ vẫn giữ sản phẩm</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/_product_pane.py" line="164" />
        <source>Sell it again</source>
        <translation>Bán lại sản phẩm này</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/_product_pane.py" line="169" />
        <source>Last changed by {0} on {1}.</source>
        <translation>Sửa lần cuối bởi {0} lúc {1}.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/_product_pane.py" line="188" />
        <location filename="../../salesapp/ui/catalogue/_product_pane.py" line="197" />
        <source>New product</source>
        <translation>Sản phẩm mới</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/_product_pane.py" line="189" />
        <source>Type its SKU, name and at least one unit with its price, then Save.</source>
        <translation>Nhập mã, tên và ít nhất một đơn vị kèm giá, rồi bấm Lưu.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/_product_pane.py" line="249" />
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
</context>
<context>
    <name>ProfileMessaging</name>
    <message>
        <location filename="../../salesapp/ui/messaging/profile_messaging.py" line="64" />
        <source>Message</source>
        <translation>Nhắn tin</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/profile_messaging.py" line="70" />
        <source>E-mail…</source>
        <translation>Email…</translation>
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
        <translation>Tin nhắn…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/profile_messaging.py" line="82" />
        <source>Every message to this customer, its delivery, and Send again</source>
        <translation>Mọi tin đã gửi cho khách này, trạng thái gửi và gửi lại</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/profile_messaging.py" line="94" />
        <source>The customer's LINE user id for messages from the LINE Official Account; Enter saves it.</source>
        <translation>LINE user id của khách để gửi tin từ LINE Official Account; nhấn Enter để lưu.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/profile_messaging.py" line="99" />
        <source>No marketing e-mail</source>
        <translation>Không nhận email quảng cáo</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/profile_messaging.py" line="100" />
        <source>No marketing SMS</source>
        <translation>Không nhận SMS quảng cáo</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/profile_messaging.py" line="109" />
        <source>LINE user id:</source>
        <translation>LINE user id:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/messaging/profile_messaging.py" line="110" />
        <source>Consent:</source>
        <translation>Đồng ý nhận tin:</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../salesapp/ui/orders/_order_dialogs.py" line="91" />
        <location filename="../../salesapp/ui/upsell/_upsell_dialogs.py" line="88" />
        <source>Reason:</source>
        <translation>Lý do:</translation>
    </message>
</context>
<context>
    <name>ReasonList</name>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_settings_dialog.py" line="58" />
        <source>A new reason</source>
        <translation>Lý do mới</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_settings_dialog.py" line="58" />
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_settings_dialog.py" line="58" />
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_settings_dialog.py" line="58" />
        <source>Up</source>
        <translation>Lên</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../salesapp/ui/backup/_restore_dialog.py" line="53" />
        <source>Restore a backup</source>
        <translation>Khôi phục bản sao lưu</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_restore_dialog.py" line="57" />
        <location filename="../../salesapp/ui/backup/_restore_dialog.py" line="118" />
        <source>Browse…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_restore_dialog.py" line="59" />
        <source>Read</source>
        <translation>Đọc</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_restore_dialog.py" line="66" />
        <source>Backup file:</source>
        <translation>Tệp sao lưu:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_restore_dialog.py" line="75" />
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_restore_dialog.py" line="90" />
        <source>What the backup holds</source>
        <translation>Nội dung bản sao lưu</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_restore_dialog.py" line="97" />
        <source>Table</source>
        <translation>Bảng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_restore_dialog.py" line="97" />
        <source>Rows</source>
        <translation>Số dòng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_restore_dialog.py" line="110" />
        <source>Restore into a new, empty database</source>
        <translation>Khôi phục vào một cơ sở dữ liệu mới, trống</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_restore_dialog.py" line="111" />
        <source>A new file on this computer</source>
        <translation>Một tệp mới trên máy này</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_restore_dialog.py" line="112" />
        <source>A new database on the office's PostgreSQL server</source>
        <translation>Một cơ sở dữ liệu mới trên máy chủ PostgreSQL của văn phòng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_restore_dialog.py" line="129" />
        <source>Use the restored database on this computer afterwards</source>
        <translation>Dùng cơ sở dữ liệu đã khôi phục trên máy này sau đó</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_restore_dialog.py" line="141" />
        <source>Backup file</source>
        <translation>Tệp sao lưu</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_restore_dialog.py" line="151" />
        <source>New database file</source>
        <translation>Tệp cơ sở dữ liệu mới</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_restore_dialog.py" line="153" />
        <source>salesapp database (*.sqlite3)</source>
        <translation>Cơ sở dữ liệu salesapp (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_restore_dialog.py" line="162" />
        <source>Choose the backup file to restore.</source>
        <translation>Hãy chọn tệp sao lưu cần khôi phục.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_restore_dialog.py" line="179" />
        <source>Taken: {0}</source>
        <translation>Thời điểm sao lưu: {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_restore_dialog.py" line="180" />
        <source>From: {0} ({1}), salesapp {2}, schema version {3}</source>
        <translation>Từ: {0} ({1}), salesapp {2}, lược đồ phiên bản {3}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_restore_dialog.py" line="184" />
        <source>File size: {0}</source>
        <translation>Kích thước tệp: {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_restore_dialog.py" line="187" />
        <source>Shop: {0}</source>
        <translation>Cửa hàng: {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_restore_dialog.py" line="190" />
        <source>{0} customers · {1} orders · {2} staff · {3} products</source>
        <translation>{0} khách hàng · {1} đơn hàng · {2} nhân viên · {3} sản phẩm</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_restore_dialog.py" line="204" />
        <source>The backup file is whole and readable. Choose where to restore it.</source>
        <translation>Tệp sao lưu nguyên vẹn và đọc được. Hãy chọn nơi khôi phục.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_restore_dialog.py" line="211" />
        <source>Choose a new file for the restored database.</source>
        <translation>Hãy chọn một tệp mới cho cơ sở dữ liệu được khôi phục.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_restore_dialog.py" line="234" />
        <source>Restored into {0}: {1} rows in {2} tables, checked against the backup ({3} s).</source>
        <translation>Đã khôi phục vào {0}: {1} dòng trong {2} bảng, đã đối chiếu với bản sao lưu ({3} giây).</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_restore_dialog.py" line="257" />
        <source>Cancelled: nothing was written.</source>
        <translation>Đã hủy: chưa ghi gì cả.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_restore_dialog.py" line="265" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/backup/_restore_dialog.py" line="265" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../salesapp/ui/orders/_order_dialogs.py" line="106" />
        <source>Why did the parcel come back? Tick the lines that came back.</source>
        <translation>Vì sao hàng bị trả lại? Đánh dấu các dòng hàng bị trả lại.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_dialogs.py" line="116" />
        <source>Lines:</source>
        <translation>Dòng hàng:</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <location filename="../../salesapp/ui/customers/_revoke_dialog.py" line="74" />
        <source>Take customers back</source>
        <translation>Thu hồi khách hàng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_revoke_dialog.py" line="78" />
        <location filename="../../salesapp/ui/customers/_revoke_dialog.py" line="136" />
        <source>Back to the pool</source>
        <translation>Trả về kho</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_revoke_dialog.py" line="79" />
        <source>No one owns them until they are handed over again.</source>
        <translation>Không ai phụ trách cho đến khi được giao lại.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_revoke_dialog.py" line="86" />
        <source>Move to:</source>
        <translation>Chuyển cho:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_revoke_dialog.py" line="97" />
        <source>Reason (required):</source>
        <translation>Lý do (bắt buộc):</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_revoke_dialog.py" line="100" />
        <source>Why are these customers taken back? Kept in their history.</source>
        <translation>Vì sao thu hồi các khách hàng này? Lý do được lưu vào lịch sử của họ.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_revoke_dialog.py" line="108" />
        <source>Reload</source>
        <translation>Tải lại</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_revoke_dialog.py" line="133" />
        <location filename="../../salesapp/ui/customers/_revoke_dialog.py" line="157" />
        <source>{0} ({1} customers)</source>
        <translation>{0} ({1} khách hàng)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_revoke_dialog.py" line="136" />
        <source>Back to the pool:</source>
        <translation>Trả về kho:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_revoke_dialog.py" line="146" />
        <source>1 customer selected.</source>
        <translation>Đã chọn 1 khách hàng.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_revoke_dialog.py" line="148" />
        <source>{0} customers selected.</source>
        <translation>Đã chọn {0} khách hàng.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_revoke_dialog.py" line="166" />
        <source>The list was reloaded: the selection is as it is now. Check it and confirm again.</source>
        <translation>Danh sách đã được tải lại: lựa chọn giờ theo dữ liệu mới nhất. Hãy kiểm tra rồi xác nhận lại.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_revoke_dialog.py" line="181" />
        <source>Move</source>
        <translation>Chuyển</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_revoke_dialog.py" line="181" />
        <source>Take back</source>
        <translation>Thu hồi</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_revoke_dialog.py" line="194" />
        <source>Enter the reason for taking these customers back.</source>
        <translation>Hãy nhập lý do thu hồi các khách hàng này.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_revoke_dialog.py" line="200" />
        <source>Choose the staff member who receives the customers.</source>
        <translation>Hãy chọn nhân viên sẽ nhận các khách hàng.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_revoke_dialog.py" line="223" />
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/customers/_revoke_dialog.py" line="240" />
        <source>Reloading the list…</source>
        <translation>Đang tải lại danh sách…</translation>
    </message>
</context>
<context>
    <name>ScopeCombo</name>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_toolbar.py" line="29" />
        <source>Whose cases the list and the tab counts show</source>
        <translation>Danh sách và số đếm trên các tab hiển thị mục của ai</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_toolbar.py" line="30" />
        <source>Everyone's cases</source>
        <translation>Mục của mọi người</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_toolbar.py" line="31" />
        <source>My cases</source>
        <translation>Mục của tôi</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_toolbar.py" line="45" />
        <source>Cases of {0}</source>
        <translation>Mục của {0}</translation>
    </message>
</context>
<context>
    <name>SelectOrdersDialog</name>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_dialogs.py" line="201" />
        <source>Select orders into upsell</source>
        <translation>Chọn đơn hàng đưa vào Upsell</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_dialogs.py" line="204" />
        <source>Awaiting orders that are not in the upsell queue. Tick the ones to call about.</source>
        <translation>Các đơn hàng chờ xác nhận chưa có trong hàng chờ upsell. Đánh dấu những đơn cần gọi.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_dialogs.py" line="208" />
        <source>Order number, customer name or phone</source>
        <translation>Mã đơn, tên khách hoặc số điện thoại</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_dialogs.py" line="218" />
        <source>Order</source>
        <translation>Đơn hàng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_dialogs.py" line="218" />
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_dialogs.py" line="218" />
        <source>Customer</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_dialogs.py" line="218" />
        <source>Channel</source>
        <translation>Kênh</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_dialogs.py" line="219" />
        <source>Payment</source>
        <translation>Thanh toán</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_dialogs.py" line="219" />
        <source>Total</source>
        <translation>Tổng tiền</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_dialogs.py" line="224" />
        <source>Tick all</source>
        <translation>Chọn tất cả</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_dialogs.py" line="226" />
        <source>Looking for orders…</source>
        <translation>Đang tìm đơn hàng…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_dialogs.py" line="230" />
        <source>Put into Pending</source>
        <translation>Đưa vào Chờ xử lý</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_dialogs.py" line="293" />
        <source>{0} orders found, {1} ticked</source>
        <translation>Tìm thấy {0} đơn hàng, đã chọn {1}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_dialogs.py" line="295" />
        <source>No awaiting orders outside the queue.</source>
        <translation>Không có đơn hàng chờ xác nhận nào ngoài hàng chờ.</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../salesapp/ui/settings/settings_view.py" line="41" />
        <source>This desktop</source>
        <translation>Máy này</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/settings/settings_view.py" line="46" />
        <source>System language</source>
        <translation>Ngôn ngữ hệ thống</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/settings/settings_view.py" line="50" />
        <source>Show and type years in the Buddhist era (2569 = 2026)</source>
        <translation>Hiển thị và nhập năm theo Phật lịch (2569 = 2026)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/settings/settings_view.py" line="52" />
        <source>Language:</source>
        <translation>Ngôn ngữ:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/settings/settings_view.py" line="54" />
        <source>Save preferences</source>
        <translation>Lưu tùy chọn</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/settings/settings_view.py" line="59" />
        <source>Database</source>
        <translation>Cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/settings/settings_view.py" line="63" />
        <source>In use:</source>
        <translation>Đang dùng:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/settings/settings_view.py" line="81" />
        <source>Audit</source>
        <translation>Nhật ký</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/settings/settings_view.py" line="82" />
        <source>Audit trail…</source>
        <translation>Nhật ký thay đổi…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/settings/settings_view.py" line="86" />
        <source>Who changed what, and when, in every record of the shop.</source>
        <translation>Ai đã thay đổi gì, khi nào, trong mọi bản ghi của cửa hàng.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/settings/settings_view.py" line="110" />
        <source>Saved. The new language is used when salesapp starts again.</source>
        <translation>Đã lưu. Ngôn ngữ mới sẽ được dùng khi mở lại salesapp.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/settings/settings_view.py" line="112" />
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
</context>
<context>
    <name>SetupChecklist</name>
    <message>
        <location filename="../../salesapp/ui/admin/setup_checklist.py" line="27" />
        <source>Shop profile</source>
        <translation>Hồ sơ cửa hàng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/setup_checklist.py" line="28" />
        <source>Name, address and tax ID for documents; currency, VAT and how order numbers start.</source>
        <translation>Tên, địa chỉ và mã số thuế cho chứng từ; tiền tệ, VAT và tiền tố số đơn hàng.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/setup_checklist.py" line="34" />
        <source>Staff</source>
        <translation>Nhân viên</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/setup_checklist.py" line="35" />
        <source>An account for each salesperson and manager.</source>
        <translation>Một tài khoản cho mỗi nhân viên bán hàng và quản lý.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/setup_checklist.py" line="38" />
        <source>Products</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/setup_checklist.py" line="39" />
        <source>What the shop sells, with its units and prices: typed or imported.</source>
        <translation>Những gì cửa hàng bán, kèm đơn vị tính và giá: nhập tay hoặc nhập từ tệp.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/setup_checklist.py" line="42" />
        <source>Backups</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/setup_checklist.py" line="43" />
        <source>The folder this desktop keeps its backups in.</source>
        <translation>Thư mục máy này lưu các bản sao lưu.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/setup_checklist.py" line="47" />
        <source>To do</source>
        <translation>Chưa làm</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/setup_checklist.py" line="48" />
        <source>✓ Done</source>
        <translation>✓ Xong</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/setup_checklist.py" line="49" />
        <source>Skipped</source>
        <translation>Đã bỏ qua</translation>
    </message>
</context>
<context>
    <name>SetupChecklistDialog</name>
    <message>
        <location filename="../../salesapp/ui/admin/setup_checklist.py" line="67" />
        <source>Getting started</source>
        <translation>Bắt đầu sử dụng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/setup_checklist.py" line="71" />
        <source>A few things to set up before the shop's first day. Each step can be skipped and opened again later from Settings.</source>
        <translation>Vài việc cần thiết lập trước ngày đầu tiên của cửa hàng. Mỗi bước có thể bỏ qua và mở lại sau trong Cài đặt.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/setup_checklist.py" line="93" />
        <source>Open…</source>
        <translation>Mở…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/setup_checklist.py" line="132" />
        <source>Reopen</source>
        <translation>Mở lại</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/setup_checklist.py" line="132" />
        <source>Skip</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/setup_checklist.py" line="137" />
        <source>1 step to go.</source>
        <translation>Còn 1 bước.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/setup_checklist.py" line="137" />
        <source>{0} steps to go.</source>
        <translation>Còn {0} bước.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/setup_checklist.py" line="140" />
        <source>All set: every step is done or skipped.</source>
        <translation>Xong: mọi bước đã hoàn thành hoặc bỏ qua.</translation>
    </message>
</context>
<context>
    <name>ShopProfileDialog</name>
    <message>
        <location filename="../../salesapp/ui/admin/shop_profile_dialog.py" line="106" />
        <source>Shop profile</source>
        <translation>Hồ sơ cửa hàng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/shop_profile_dialog.py" line="108" />
        <source>The shop</source>
        <translation>Cửa hàng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/shop_profile_dialog.py" line="111" />
        <source>Shop name:</source>
        <translation>Tên cửa hàng:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/shop_profile_dialog.py" line="111" />
        <source>As customers know it</source>
        <translation>Tên khách hàng biết đến</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/shop_profile_dialog.py" line="112" />
        <source>Legal name:</source>
        <translation>Tên pháp lý:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/shop_profile_dialog.py" line="112" />
        <source>As registered, for tax invoices</source>
        <translation>Tên đăng ký, dùng cho hóa đơn</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/shop_profile_dialog.py" line="113" />
        <source>Tax ID:</source>
        <translation>Mã số thuế:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/shop_profile_dialog.py" line="113" />
        <source>13 digits (Thailand), 10 digits (Vietnam)</source>
        <translation>13 số (Thái Lan), 10 số (Việt Nam)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/shop_profile_dialog.py" line="119" />
        <source>Head office</source>
        <translation>Trụ sở chính</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/shop_profile_dialog.py" line="120" />
        <source>Branch no.</source>
        <translation>Chi nhánh số</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/shop_profile_dialog.py" line="133" />
        <source>Branch:</source>
        <translation>Chi nhánh:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/shop_profile_dialog.py" line="138" />
        <source>Address:</source>
        <translation>Địa chỉ:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/shop_profile_dialog.py" line="139" />
        <source>Phone:</source>
        <translation>Điện thoại:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/shop_profile_dialog.py" line="139" />
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/shop_profile_dialog.py" line="143" />
        <source>Money and documents</source>
        <translation>Tiền và chứng từ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/shop_profile_dialog.py" line="146" />
        <source>Thailand</source>
        <translation>Thái Lan</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/shop_profile_dialog.py" line="147" />
        <source>Vietnam</source>
        <translation>Việt Nam</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/shop_profile_dialog.py" line="149" />
        <source>Thai baht (THB, ฿)</source>
        <translation>Baht Thái (THB, ฿)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/shop_profile_dialog.py" line="150" />
        <source>Vietnamese đồng (VND, ₫)</source>
        <translation>Đồng Việt Nam (VND, ₫)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/shop_profile_dialog.py" line="157" />
        <source>Prices include VAT</source>
        <translation>Giá đã gồm VAT</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/shop_profile_dialog.py" line="170" />
        <source>Country:</source>
        <translation>Quốc gia:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/shop_profile_dialog.py" line="171" />
        <source>Currency:</source>
        <translation>Tiền tệ:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/shop_profile_dialog.py" line="172" />
        <source>VAT rate:</source>
        <translation>Thuế suất VAT:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/shop_profile_dialog.py" line="174" />
        <source>Order numbers:</source>
        <translation>Số đơn hàng:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/shop_profile_dialog.py" line="175" />
        <source>Time zone:</source>
        <translation>Múi giờ:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/shop_profile_dialog.py" line="177" />
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/shop_profile_dialog.py" line="182" />
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/shop_profile_dialog.py" line="183" />
        <source>A PNG or JPEG picture; a big one is scaled down</source>
        <translation>Ảnh PNG hoặc JPEG; ảnh lớn sẽ được thu nhỏ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/shop_profile_dialog.py" line="185" />
        <source>Remove</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/shop_profile_dialog.py" line="244" />
        <source>Last saved by {0}, {1}</source>
        <translation>Lưu lần cuối bởi {0}, {1}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/shop_profile_dialog.py" line="265" />
        <source>e.g. {0}</source>
        <translation>ví dụ {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/shop_profile_dialog.py" line="277" />
        <source>No logo</source>
        <translation>Chưa có logo</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/shop_profile_dialog.py" line="290" />
        <source>Choose the shop's logo</source>
        <translation>Chọn logo cửa hàng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/shop_profile_dialog.py" line="291" />
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Hình ảnh (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/shop_profile_dialog.py" line="342" />
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
</context>
<context>
    <name>ShopSettingsBox</name>
    <message>
        <location filename="../../salesapp/ui/admin/shop_setup.py" line="48" />
        <source>The shop</source>
        <translation>Cửa hàng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/shop_setup.py" line="49" />
        <source>Shop profile…</source>
        <translation>Hồ sơ cửa hàng…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/shop_setup.py" line="50" />
        <source>Names, address, tax ID, logo, currency, VAT, order numbers</source>
        <translation>Tên, địa chỉ, mã số thuế, logo, tiền tệ, VAT, số đơn hàng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/shop_setup.py" line="51" />
        <source>Lists…</source>
        <translation>Danh sách…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/shop_setup.py" line="53" />
        <source>Tags, segments, pools, channels, sources, carriers and reasons, with how much each is used</source>
        <translation>Thẻ, nhóm khách hàng, kho, kênh, nguồn, vận chuyển và lý do, kèm số lần dùng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/shop_setup.py" line="57" />
        <source>Staff…</source>
        <translation>Nhân viên…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/shop_setup.py" line="58" />
        <source>Add staff, change roles, reset passwords, disable who left</source>
        <translation>Thêm nhân viên, đổi vai trò, đặt lại mật khẩu, vô hiệu hóa người đã nghỉ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/shop_setup.py" line="60" />
        <source>Getting started…</source>
        <translation>Bắt đầu sử dụng…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/shop_setup.py" line="61" />
        <source>The first-run checklist: open a step again</source>
        <translation>Danh sách bắt đầu sử dụng: mở lại một bước</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/shop_setup.py" line="74" />
        <source>Managers keep the shop's lists; administrators its profile.</source>
        <translation>Quản lý lo các danh sách của cửa hàng; quản trị viên lo hồ sơ cửa hàng.</translation>
    </message>
</context>
<context>
    <name>ShopSetup</name>
    <message>
        <location filename="../../salesapp/ui/admin/shop_setup.py" line="183" />
        <source>All set: the first-run checklist is complete.</source>
        <translation>Xong: danh sách bắt đầu sử dụng đã hoàn tất.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/shop_setup.py" line="209" />
        <source>Products section: coming. Skip this step for now; it can be reopened from Settings → Getting started.</source>
        <translation>Mục sản phẩm: sắp có. Tạm bỏ qua bước này; có thể mở lại trong Cài đặt → Bắt đầu sử dụng.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/shop_setup.py" line="222" />
        <source>Getting started</source>
        <translation>Bắt đầu sử dụng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/shop_setup.py" line="230" />
        <source>Where should backups go?</source>
        <translation>Lưu bản sao lưu ở đâu?</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/shop_setup.py" line="275" />
        <source>Shop profile saved.</source>
        <translation>Đã lưu hồ sơ cửa hàng.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../salesapp/ui/mainwindow/sign_in.py" line="25" />
        <source>Sign in to salesapp</source>
        <translation>Đăng nhập vào salesapp</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/sign_in.py" line="28" />
        <source>Database: {0}</source>
        <translation>Cơ sở dữ liệu: {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/sign_in.py" line="34" />
        <source>User name:</source>
        <translation>Tên đăng nhập:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/sign_in.py" line="35" />
        <source>Password:</source>
        <translation>Mật khẩu:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/sign_in.py" line="40" />
        <source>Sign in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/mainwindow/sign_in.py" line="41" />
        <source>Other database…</source>
        <translation>Cơ sở dữ liệu khác…</translation>
    </message>
</context>
<context>
    <name>SlipDialog</name>
    <message>
        <location filename="../../salesapp/ui/followup/_intake_dialogs.py" line="240" />
        <source>Payment slip</source>
        <translation>Biên lai chuyển khoản</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <location filename="../../salesapp/ui/admin/_staff_form.py" line="25" />
        <source>Sales</source>
        <translation>Bán hàng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_staff_form.py" line="26" />
        <source>Manager</source>
        <translation>Quản lý</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_staff_form.py" line="27" />
        <source>Administrator</source>
        <translation>Quản trị viên</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/staff_dialog.py" line="72" />
        <source>Staff</source>
        <translation>Nhân viên</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/staff_dialog.py" line="74" />
        <source>Everyone who signs in to this shop's database. A disabled person can no longer sign in; their customers and history stay.</source>
        <translation>Tất cả những người đăng nhập vào cơ sở dữ liệu của cửa hàng. Người bị vô hiệu hóa không thể đăng nhập nữa; khách hàng và lịch sử của họ vẫn được giữ.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/staff_dialog.py" line="81" />
        <source>User name</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/staff_dialog.py" line="81" />
        <source>Display name</source>
        <translation>Tên hiển thị</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/staff_dialog.py" line="81" />
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/staff_dialog.py" line="81" />
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/staff_dialog.py" line="82" />
        <source>Last sign-in</source>
        <translation>Đăng nhập gần nhất</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/staff_dialog.py" line="82" />
        <source>Customers</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/staff_dialog.py" line="82" />
        <source>Open follow-ups</source>
        <translation>Việc theo dõi đang mở</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/staff_dialog.py" line="83" />
        <source>Open upsell cases</source>
        <translation>Ca upsell đang mở</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/staff_dialog.py" line="83" />
        <source>Open opportunities</source>
        <translation>Cơ hội đang mở</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/staff_dialog.py" line="94" />
        <source>Add…</source>
        <translation>Thêm…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/staff_dialog.py" line="95" />
        <source>Rename…</source>
        <translation>Đổi tên…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/staff_dialog.py" line="96" />
        <source>Change role…</source>
        <translation>Đổi vai trò…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/staff_dialog.py" line="97" />
        <source>Reset password…</source>
        <translation>Đặt lại mật khẩu…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/staff_dialog.py" line="98" />
        <location filename="../../salesapp/ui/admin/staff_dialog.py" line="197" />
        <source>Disable</source>
        <translation>Vô hiệu hóa</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/staff_dialog.py" line="99" />
        <source>Unlock sign-in</source>
        <translation>Mở khóa đăng nhập</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/staff_dialog.py" line="100" />
        <source>Hand over customers…</source>
        <translation>Bàn giao khách hàng…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/staff_dialog.py" line="151" />
        <source>never</source>
        <translation>chưa bao giờ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/staff_dialog.py" line="170" />
        <source>Disabled</source>
        <translation>Đã vô hiệu hóa</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/staff_dialog.py" line="173" />
        <source>Locked until {0}</source>
        <translation>Tạm khóa đến {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/staff_dialog.py" line="174" />
        <source>Enabled</source>
        <translation>Đang hoạt động</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/staff_dialog.py" line="197" />
        <source>Enable</source>
        <translation>Kích hoạt lại</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/staff_dialog.py" line="204" />
        <source>Add a staff member</source>
        <translation>Thêm nhân viên</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/staff_dialog.py" line="205" />
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/staff_dialog.py" line="214" />
        <source>{0} added: they choose their own password at their first sign-in.</source>
        <translation>Đã thêm {0}: họ sẽ tự chọn mật khẩu ở lần đăng nhập đầu tiên.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/staff_dialog.py" line="226" />
        <source>Rename {0}</source>
        <translation>Đổi tên {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/staff_dialog.py" line="227" />
        <source>Rename</source>
        <translation>Đổi tên</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/staff_dialog.py" line="236" />
        <source>{0} renamed.</source>
        <translation>Đã đổi tên thành {0}.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/staff_dialog.py" line="248" />
        <source>Role of {0}</source>
        <translation>Vai trò của {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/staff_dialog.py" line="249" />
        <source>Change role</source>
        <translation>Đổi vai trò</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/staff_dialog.py" line="258" />
        <source>{0}: role changed.</source>
        <translation>{0}: đã đổi vai trò.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/staff_dialog.py" line="270" />
        <source>New password for {0}</source>
        <translation>Mật khẩu mới cho {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/staff_dialog.py" line="271" />
        <source>Reset password</source>
        <translation>Đặt lại mật khẩu</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/staff_dialog.py" line="279" />
        <source>{0}: password reset; they choose their own at their next sign-in.</source>
        <translation>{0}: đã đặt lại mật khẩu; họ sẽ tự chọn mật khẩu ở lần đăng nhập tới.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/staff_dialog.py" line="296" />
        <source>{0} is enabled again.</source>
        <translation>{0} đã được kích hoạt lại.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/staff_dialog.py" line="299" />
        <source>{0} is disabled: they can no longer sign in.</source>
        <translation>{0} đã bị vô hiệu hóa: không thể đăng nhập nữa.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/staff_dialog.py" line="318" />
        <source>{0} can sign in again.</source>
        <translation>{0} đã có thể đăng nhập lại.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/staff_dialog.py" line="328" />
        <source>Hand over their customers?</source>
        <translation>Bàn giao khách hàng của họ?</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/staff_dialog.py" line="329" />
        <source>{0} still owns {1} customers. Hand them over to other staff now?</source>
        <translation>{0} vẫn đang phụ trách {1} khách hàng. Bàn giao cho nhân viên khác ngay bây giờ?</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/staff_dialog.py" line="335" />
        <source>Hand over…</source>
        <translation>Bàn giao…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/staff_dialog.py" line="336" />
        <source>Later</source>
        <translation>Để sau</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/staff_dialog.py" line="360" />
        <source>Customers handed over.</source>
        <translation>Đã bàn giao khách hàng.</translation>
    </message>
</context>
<context>
    <name>StaffForm</name>
    <message>
        <location filename="../../salesapp/ui/admin/_staff_form.py" line="68" />
        <source>To sign in with, no spaces</source>
        <translation>Dùng để đăng nhập, không có dấu cách</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_staff_form.py" line="69" />
        <source>User name:</source>
        <translation>Tên đăng nhập:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_staff_form.py" line="71" />
        <source>Display name:</source>
        <translation>Tên hiển thị:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_staff_form.py" line="73" />
        <source>Role:</source>
        <translation>Vai trò:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_staff_form.py" line="75" />
        <source>First password:</source>
        <translation>Mật khẩu ban đầu:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_staff_form.py" line="77" />
        <source>At least {0} characters. They choose their own at their first sign-in.</source>
        <translation>Ít nhất {0} ký tự. Họ sẽ tự chọn mật khẩu ở lần đăng nhập đầu tiên.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/admin/_staff_form.py" line="117" />
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
</context>
<context>
    <name>StaffHandover</name>
    <message>
        <location filename="../../salesapp/ui/customers/handover.py" line="31" />
        <source>Hand over the customers of {0}</source>
        <translation>Bàn giao khách hàng của {0}</translation>
    </message>
</context>
<context>
    <name>StageSettingsDialog</name>
    <message>
        <location filename="../../salesapp/ui/opportunities/_stage_settings_dialog.py" line="60" />
        <source>Pipeline stages</source>
        <translation>Các giai đoạn bán hàng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_stage_settings_dialog.py" line="64" />
        <source>Stages</source>
        <translation>Giai đoạn</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_stage_settings_dialog.py" line="65" />
        <source>Lost reasons</source>
        <translation>Lý do thất bại</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_stage_settings_dialog.py" line="79" />
        <location filename="../../salesapp/ui/opportunities/_stage_settings_dialog.py" line="109" />
        <source>Stage</source>
        <translation>Giai đoạn</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_stage_settings_dialog.py" line="79" />
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_stage_settings_dialog.py" line="79" />
        <source>Probability</source>
        <translation>Xác suất</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_stage_settings_dialog.py" line="79" />
        <source>Idle limit</source>
        <translation>Không hoạt động tối đa</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_stage_settings_dialog.py" line="80" />
        <source>Default</source>
        <translation>Mặc định</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_stage_settings_dialog.py" line="80" />
        <source>In use</source>
        <translation>Đang dùng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_stage_settings_dialog.py" line="92" />
        <location filename="../../salesapp/ui/opportunities/_stage_settings_dialog.py" line="150" />
        <source>Move up</source>
        <translation>Lên trên</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_stage_settings_dialog.py" line="93" />
        <location filename="../../salesapp/ui/opportunities/_stage_settings_dialog.py" line="151" />
        <source>Move down</source>
        <translation>Xuống dưới</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_stage_settings_dialog.py" line="94" />
        <source>Make default</source>
        <translation>Đặt làm mặc định</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_stage_settings_dialog.py" line="95" />
        <source>New opportunities start in the default stage</source>
        <translation>Cơ hội mới bắt đầu ở giai đoạn mặc định</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_stage_settings_dialog.py" line="96" />
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_stage_settings_dialog.py" line="117" />
        <source>No limit</source>
        <translation>Không giới hạn</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_stage_settings_dialog.py" line="118" />
        <source> days</source>
        <translation> ngày</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_stage_settings_dialog.py" line="119" />
        <source>An opportunity with no note, call or move for longer is marked stale</source>
        <translation>Cơ hội không có ghi chú, cuộc gọi hay chuyển giai đoạn lâu hơn mức này sẽ bị đánh dấu không hoạt động</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_stage_settings_dialog.py" line="120" />
        <source>Save changes</source>
        <translation>Lưu thay đổi</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_stage_settings_dialog.py" line="122" />
        <source>Add as a new stage</source>
        <translation>Thêm thành giai đoạn mới</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_stage_settings_dialog.py" line="130" />
        <source>Idle limit:</source>
        <translation>Số ngày không hoạt động tối đa:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_stage_settings_dialog.py" line="133" />
        <source>Name:</source>
        <translation>Tên:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_stage_settings_dialog.py" line="134" />
        <source>Probability:</source>
        <translation>Xác suất:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_stage_settings_dialog.py" line="144" />
        <source>Save reasons</source>
        <translation>Lưu lý do</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_stage_settings_dialog.py" line="147" />
        <source>A new reason</source>
        <translation>Lý do mới</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_stage_settings_dialog.py" line="148" />
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_stage_settings_dialog.py" line="149" />
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_stage_settings_dialog.py" line="178" />
        <source>{0} days</source>
        <translation>{0} ngày</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_stage_settings_dialog.py" line="236" />
        <source>Fixed at {0}% for the {1} stage</source>
        <translation>Cố định {0}% cho giai đoạn {1}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_stage_settings_dialog.py" line="270" />
        <source>Stage “{0}” saved.</source>
        <translation>Đã lưu giai đoạn “{0}”.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_stage_settings_dialog.py" line="283" />
        <source>Stage “{0}” added.</source>
        <translation>Đã thêm giai đoạn “{0}”.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_stage_settings_dialog.py" line="290" />
        <source>Order saved.</source>
        <translation>Đã lưu thứ tự.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_stage_settings_dialog.py" line="299" />
        <source>New opportunities now start in “{0}”.</source>
        <translation>Từ nay cơ hội mới bắt đầu ở “{0}”.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_stage_settings_dialog.py" line="309" />
        <source>Stage “{0}” deleted.</source>
        <translation>Đã xóa giai đoạn “{0}”.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/_stage_settings_dialog.py" line="334" />
        <source>Lost reasons saved.</source>
        <translation>Đã lưu lý do thất bại.</translation>
    </message>
</context>
<context>
    <name>SuccessDialog</name>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_dialogs.py" line="110" />
        <source>Upsell success on order {0}</source>
        <translation>Upsell thành công cho đơn hàng {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_dialogs.py" line="127" />
        <source>Add to the order</source>
        <translation>Thêm vào đơn hàng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_dialogs.py" line="142" />
        <source>Original order</source>
        <translation>Đơn gốc</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_dialogs.py" line="143" />
        <source>Upsell</source>
        <translation>Upsell</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_dialogs.py" line="144" />
        <source>Whole order</source>
        <translation>Cả đơn</translation>
    </message>
</context>
<context>
    <name>TagsEditor</name>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_tags.py" line="81" />
        <source>Upsell tags:</source>
        <translation>Thẻ upsell:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_tags.py" line="84" />
        <source>e.g. VIP, call in the evening</source>
        <translation>vd: VIP, gọi buổi tối</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_tags.py" line="86" />
        <source>Labels of this upsell case, separated by commas (at most {0})</source>
        <translation>Nhãn của mục upsell này, cách nhau bằng dấu phẩy (tối đa {0})</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_tags.py" line="89" />
        <source>Save tags</source>
        <translation>Lưu thẻ</translation>
    </message>
</context>
<context>
    <name>ThumbnailStrip</name>
    <message>
        <location filename="../../salesapp/ui/widgets/image_thumbs.py" line="138" />
        <source>{0} — click to remove</source>
        <translation>{0} — nhấp để gỡ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/widgets/image_thumbs.py" line="141" />
        <source>{0} — click to see it full size</source>
        <translation>{0} — nhấp để xem cỡ đầy đủ</translation>
    </message>
</context>
<context>
    <name>UnexpectedErrorDialog</name>
    <message>
        <location filename="../../salesapp/ui/shared/unexpected_error.py" line="32" />
        <source>Something went wrong</source>
        <translation>Đã xảy ra lỗi</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/shared/unexpected_error.py" line="34" />
        <source>salesapp met an unexpected error. Your windows are still open with what you typed.</source>
        <translation>salesapp gặp một lỗi không mong muốn. Các cửa sổ vẫn mở và những gì bạn đã gõ vẫn còn nguyên.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/shared/unexpected_error.py" line="37" />
        <source>Try again; if it happens again, copy the details for the person who supports your office. They are also in the log file: {0}</source>
        <translation>Hãy thử lại; nếu lỗi lặp lại, hãy sao chép chi tiết gửi cho người hỗ trợ kỹ thuật của văn phòng. Chi tiết cũng được ghi trong tệp nhật ký: {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/shared/unexpected_error.py" line="44" />
        <source>Copy details</source>
        <translation>Sao chép chi tiết</translation>
    </message>
</context>
<context>
    <name>UnitsEditor</name>
    <message>
        <location filename="../../salesapp/ui/catalogue/_units_editor.py" line="59" />
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/_units_editor.py" line="59" />
        <source>Holds</source>
        <translation>Quy đổi</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/_units_editor.py" line="59" />
        <source>Price</source>
        <translation>Giá</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/_units_editor.py" line="59" />
        <source>Currency</source>
        <translation>Tiền tệ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/_units_editor.py" line="63" />
        <source>How many base units this unit holds</source>
        <translation>Đơn vị này bằng bao nhiêu đơn vị cơ sở</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/_units_editor.py" line="78" />
        <source>Add unit</source>
        <translation>Thêm đơn vị</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/_units_editor.py" line="81" />
        <source>Remove unit</source>
        <translation>Xóa đơn vị</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/_units_editor.py" line="84" />
        <source>Orders that have this unit keep it; it is no longer offered on new orders.</source>
        <translation>Các đơn đã có đơn vị này vẫn giữ nguyên; đơn mới sẽ không còn chọn được.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/_units_editor.py" line="116" />
        <source>e.g. bottle</source>
        <translation>ví dụ: chai</translation>
    </message>
</context>
<context>
    <name>Upsell</name>
    <message>
        <location filename="../../salesapp/ui/orders/_order_texts.py" line="62" />
        <location filename="../../salesapp/ui/upsell/upsell_labels.py" line="15" />
        <source>Pending</source>
        <translation>Chờ xử lý</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_texts.py" line="63" />
        <location filename="../../salesapp/ui/upsell/upsell_labels.py" line="16" />
        <location filename="../../salesapp/ui/upsell/upsell_labels.py" line="48" />
        <source>Assigned</source>
        <translation>Đã giao</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_texts.py" line="64" />
        <location filename="../../salesapp/ui/upsell/upsell_labels.py" line="17" />
        <source>Follow-up</source>
        <translation>Theo dõi</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_texts.py" line="65" />
        <location filename="../../salesapp/ui/upsell/upsell_labels.py" line="18" />
        <source>Success</source>
        <translation>Thành công</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_texts.py" line="66" />
        <location filename="../../salesapp/ui/upsell/upsell_labels.py" line="19" />
        <source>Failed</source>
        <translation>Không thành công</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_texts.py" line="67" />
        <location filename="../../salesapp/ui/upsell/upsell_labels.py" line="20" />
        <source>Skipped</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/order_labels.py" line="29" />
        <source>Cash on delivery</source>
        <translation>Thanh toán khi nhận hàng (COD)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/order_labels.py" line="30" />
        <source>Bank transfer</source>
        <translation>Chuyển khoản</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/order_labels.py" line="31" />
        <source>PromptPay / QR</source>
        <translation>PromptPay / QR</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/order_labels.py" line="32" />
        <source>Card</source>
        <translation>Thẻ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_labels.py" line="33" />
        <source>matched the upsell rules</source>
        <translation>khớp quy tắc upsell</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_labels.py" line="34" />
        <source>selected by hand</source>
        <translation>chọn thủ công</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_labels.py" line="37" />
        <source>Customer not interested</source>
        <translation>Khách không quan tâm</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_labels.py" line="38" />
        <source>Customer could not be reached</source>
        <translation>Không liên lạc được khách</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_labels.py" line="39" />
        <source>Price too high</source>
        <translation>Giá cao quá</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_labels.py" line="40" />
        <source>Customer already has enough</source>
        <translation>Khách đã có đủ hàng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_labels.py" line="41" />
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_labels.py" line="42" />
        <source>No time before the shipping round</source>
        <translation>Không kịp trước đợt giao hàng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_labels.py" line="43" />
        <source>Customer asked not to be called</source>
        <translation>Khách yêu cầu không gọi</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_labels.py" line="44" />
        <source>Order not suitable for upsell</source>
        <translation>Đơn không phù hợp để upsell</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_labels.py" line="47" />
        <source>Queued</source>
        <translation>Vào hàng chờ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_labels.py" line="49" />
        <source>Given back</source>
        <translation>Trả lại</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_labels.py" line="50" />
        <source>Status changed</source>
        <translation>Đổi trạng thái</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_labels.py" line="51" />
        <source>Note added</source>
        <translation>Thêm ghi chú</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_labels.py" line="52" />
        <source>Note deleted</source>
        <translation>Xóa ghi chú</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_labels.py" line="53" />
        <source>Note pinned</source>
        <translation>Ghim ghi chú</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_labels.py" line="54" />
        <source>Note unpinned</source>
        <translation>Bỏ ghim ghi chú</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_labels.py" line="55" />
        <source>Call</source>
        <translation>Cuộc gọi</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_labels.py" line="56" />
        <source>Tag added</source>
        <translation>Gắn thẻ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_labels.py" line="57" />
        <source>Tag removed</source>
        <translation>Gỡ thẻ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_labels.py" line="58" />
        <source>Created</source>
        <translation>Tạo mới</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_labels.py" line="59" />
        <source>Changed</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_labels.py" line="62" />
        <source>status</source>
        <translation>trạng thái</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_labels.py" line="63" />
        <source>assigned to</source>
        <translation>giao cho</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_labels.py" line="64" />
        <source>reason</source>
        <translation>lý do</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_labels.py" line="65" />
        <source>next call</source>
        <translation>gọi lại lúc</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_labels.py" line="66" />
        <source>upsell amount</source>
        <translation>số tiền upsell</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_labels.py" line="67" />
        <source>length</source>
        <translation>thời lượng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_labels.py" line="68" />
        <source>started</source>
        <translation>bắt đầu</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_labels.py" line="69" />
        <source>ended</source>
        <translation>kết thúc</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_labels.py" line="70" />
        <source>pinned</source>
        <translation>ghim</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_labels.py" line="71" />
        <source>images</source>
        <translation>hình ảnh</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_labels.py" line="72" />
        <source>tags</source>
        <translation>thẻ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_labels.py" line="74" />
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_labels.py" line="74" />
        <source>yes</source>
        <translation>có</translation>
    </message>
</context>
<context>
    <name>UpsellCasePane</name>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_case_pane.py" line="120" />
        <source>Follow-up…</source>
        <translation>Theo dõi…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_case_pane.py" line="121" />
        <source>Success…</source>
        <translation>Thành công…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_case_pane.py" line="122" />
        <source>Failed…</source>
        <translation>Không thành công…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_case_pane.py" line="123" />
        <source>Skip…</source>
        <translation>Bỏ qua…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_case_pane.py" line="130" />
        <source>Give back…</source>
        <translation>Trả lại…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_case_pane.py" line="131" />
        <source>Return the case to Pending for someone else</source>
        <translation>Trả mục này về Chờ xử lý để người khác nhận</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_case_pane.py" line="143" />
        <source>Case</source>
        <translation>Thông tin</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_case_pane.py" line="144" />
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_case_pane.py" line="145" />
        <source>History</source>
        <translation>Lịch sử thao tác</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_case_pane.py" line="148" />
        <source>Select a case in the list, or press Request work.</source>
        <translation>Chọn một mục trong danh sách, hoặc bấm Nhận việc.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_case_pane.py" line="166" />
        <source>Customer</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_case_pane.py" line="169" />
        <source>Order</source>
        <translation>Đơn hàng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_case_pane.py" line="193" />
        <source>When</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_case_pane.py" line="193" />
        <source>Who</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_case_pane.py" line="193" />
        <source>What</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_case_pane.py" line="193" />
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_case_pane.py" line="197" />
        <source>Started</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_case_pane.py" line="197" />
        <source>Ended</source>
        <translation>Kết thúc</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_case_pane.py" line="197" />
        <source>Length</source>
        <translation>Thời lượng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_case_pane.py" line="197" />
        <source>Staff</source>
        <translation>Nhân viên</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_case_pane.py" line="239" />
        <source>Order {0} · {1}</source>
        <translation>Đơn hàng {0} · {1}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_case_pane.py" line="243" />
        <source>assigned to {0}</source>
        <translation>đã giao cho {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_case_pane.py" line="245" />
        <source>since {0}</source>
        <translation>từ {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_case_pane.py" line="247" />
        <source>not assigned</source>
        <translation>chưa giao</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_case_pane.py" line="251" />
        <source>next call {0}</source>
        <translation>gọi lại lúc {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_case_pane.py" line="288" />
        <source>Customer: {0}</source>
        <translation>Khách hàng: {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_case_pane.py" line="292" />
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_case_pane.py" line="293" />
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_case_pane.py" line="294" />
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_case_pane.py" line="295" />
        <source>Channel</source>
        <translation>Kênh</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_case_pane.py" line="296" />
        <source>Customer tags</source>
        <translation>Thẻ khách hàng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_case_pane.py" line="302" />
        <source>Order {0}</source>
        <translation>Đơn hàng {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_case_pane.py" line="306" />
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_case_pane.py" line="307" />
        <source>Ordered</source>
        <translation>Ngày đặt</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_case_pane.py" line="308" />
        <source>Pack by</source>
        <translation>Ngày dự kiến đóng gói</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_case_pane.py" line="309" />
        <source>Carrier</source>
        <translation>Đơn vị vận chuyển</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_case_pane.py" line="310" />
        <source>Payment</source>
        <translation>Thanh toán</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_case_pane.py" line="311" />
        <source>Order tags</source>
        <translation>Thẻ đơn hàng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_case_pane.py" line="312" />
        <source>In the queue</source>
        <translation>Vào hàng chờ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_case_pane.py" line="327" />
        <source>Added by upsell</source>
        <translation>Thêm nhờ upsell</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_case_pane.py" line="340" />
        <source>Original order</source>
        <translation>Đơn gốc</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_case_pane.py" line="342" />
        <source>Upsell</source>
        <translation>Upsell</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_case_pane.py" line="344" />
        <source>Whole order</source>
        <translation>Cả đơn</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_case_pane.py" line="371" />
        <source>in progress</source>
        <translation>đang gọi</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_case_pane.py" line="378" />
        <source>Calls: {0}, {1} in all</source>
        <translation>Cuộc gọi: {0}, tổng cộng {1}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_case_pane.py" line="380" />
        <source>No calls yet.</source>
        <translation>Chưa có cuộc gọi.</translation>
    </message>
</context>
<context>
    <name>UpsellManagerForms</name>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_manager.py" line="57" />
        <source>Select pending cases in the list first.</source>
        <translation>Hãy chọn các mục đang chờ xử lý trong danh sách trước.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_manager.py" line="65" />
        <source>%Ln case(s) assigned.</source>
        <translation>Đã giao %Ln mục.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_manager.py" line="87" />
        <source>%Ln order(s) put into Pending.</source>
        <translation>Đã đưa %Ln đơn hàng vào Chờ xử lý.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_manager.py" line="114" />
        <source>Upsell settings saved.</source>
        <translation>Đã lưu cài đặt upsell.</translation>
    </message>
</context>
<context>
    <name>UpsellNotesPanel</name>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_notes.py" line="153" />
        <source>No notes on this case yet.</source>
        <translation>Mục này chưa có ghi chú.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_notes.py" line="163" />
        <source>A note on this upsell call (not on the order)…</source>
        <translation>Ghi chú cho cuộc gọi upsell này (không phải cho đơn hàng)…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_notes.py" line="165" />
        <source>Attach images…</source>
        <translation>Đính kèm ảnh…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_notes.py" line="167" />
        <source>PNG or JPEG, up to {0} images of at most {1} MB each</source>
        <translation>PNG hoặc JPEG, tối đa {0} ảnh, mỗi ảnh tối đa {1} MB</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_notes.py" line="177" />
        <source>Save note</source>
        <translation>Lưu ghi chú</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_notes.py" line="225" />
        <source>Attach images</source>
        <translation>Đính kèm ảnh</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_notes.py" line="225" />
        <source>Images (*.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Hình ảnh (*.png *.jpg *.jpeg);;Tất cả tệp (*)</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_notes.py" line="279" />
        <source>{0} of {1} images attached</source>
        <translation>Đã đính kèm {0}/{1} ảnh</translation>
    </message>
</context>
<context>
    <name>UpsellSettingsDialog</name>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_settings_dialog.py" line="82" />
        <source>Upsell settings</source>
        <translation>Cài đặt upsell</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_settings_dialog.py" line="88" />
        <source>Rules</source>
        <translation>Quy tắc</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_settings_dialog.py" line="89" />
        <source>Handing out work</source>
        <translation>Chia việc</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_settings_dialog.py" line="95" />
        <source>Failure reasons</source>
        <translation>Lý do không thành công</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_settings_dialog.py" line="96" />
        <source>Skip reasons</source>
        <translation>Lý do bỏ qua</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_settings_dialog.py" line="101" />
        <source>Reasons</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_settings_dialog.py" line="110" />
        <source>Put new orders into Pending automatically</source>
        <translation>Tự động đưa đơn hàng mới vào Chờ xử lý</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_settings_dialog.py" line="113" />
        <source>A new order enters the queue when it matches every kind of condition set below (any of the values within a kind). With no condition set, every new order enters.</source>
        <translation>Đơn hàng mới được đưa vào hàng chờ khi khớp với mọi loại điều kiện đặt bên dưới (khớp một giá trị bất kỳ trong mỗi loại). Nếu không đặt điều kiện nào, mọi đơn hàng mới đều được đưa vào.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_settings_dialog.py" line="132" />
        <source>Channels:</source>
        <translation>Kênh:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_settings_dialog.py" line="142" />
        <source>any</source>
        <translation>bất kỳ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_settings_dialog.py" line="147" />
        <source>from</source>
        <translation>từ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_settings_dialog.py" line="149" />
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_settings_dialog.py" line="153" />
        <source>Order total:</source>
        <translation>Tổng tiền đơn:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_settings_dialog.py" line="166" />
        <source>Payment:</source>
        <translation>Thanh toán:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_settings_dialog.py" line="169" />
        <source>Find a product</source>
        <translation>Tìm sản phẩm</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_settings_dialog.py" line="178" />
        <source>Products:</source>
        <translation>Sản phẩm:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_settings_dialog.py" line="180" />
        <source>Product categories, separated by commas</source>
        <translation>Danh mục sản phẩm, cách nhau bằng dấu phẩy</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_settings_dialog.py" line="185" />
        <source>Choose</source>
        <translation>Chọn</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_settings_dialog.py" line="186" />
        <source>The categories of the product catalogue</source>
        <translation>Các danh mục trong danh mục sản phẩm</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_settings_dialog.py" line="193" />
        <source>or categories:</source>
        <translation>hoặc danh mục:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_settings_dialog.py" line="195" />
        <source>Order tags, separated by commas</source>
        <translation>Thẻ đơn hàng, cách nhau bằng dấu phẩy</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_settings_dialog.py" line="196" />
        <source>Order tags:</source>
        <translation>Thẻ đơn hàng:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_settings_dialog.py" line="211" />
        <source>Cases per “Request work”:</source>
        <translation>Số mục mỗi lần “Nhận việc”:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_settings_dialog.py" line="212" />
        <source>Most open cases one person may hold:</source>
        <translation>Số mục đang mở tối đa mỗi người:</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_settings_dialog.py" line="214" />
        <source>Request work hands out the oldest pending cases first, never beyond the most a person may hold (assigned and follow-up cases count).</source>
        <translation>Nhận việc giao các mục chờ xử lý cũ nhất trước, không vượt quá số tối đa mỗi người được giữ (tính cả các mục đã giao và đang theo dõi).</translation>
    </message>
</context>
<context>
    <name>UpsellToolbar</name>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_toolbar.py" line="73" />
        <source>Request work</source>
        <translation>Nhận việc</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_toolbar.py" line="75" />
        <source>Take the oldest pending cases, as many as the settings allow</source>
        <translation>Nhận các mục chờ xử lý cũ nhất, nhiều nhất theo mức cài đặt cho phép</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_toolbar.py" line="79" />
        <source>Assign…</source>
        <translation>Giao…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_toolbar.py" line="80" />
        <source>Assign the selected pending cases to a staff member</source>
        <translation>Giao các mục chờ xử lý đã chọn cho nhân viên</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_toolbar.py" line="81" />
        <source>Select orders into upsell…</source>
        <translation>Chọn đơn vào Upsell…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_toolbar.py" line="82" />
        <source>Settings…</source>
        <translation>Cài đặt…</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_toolbar.py" line="84" />
        <source>Dialling</source>
        <translation>Quay số</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_toolbar.py" line="85" />
        <source>How Start call dials the customer from this computer</source>
        <translation>Cách nút Bắt đầu gọi quay số cho khách từ máy tính này</translation>
    </message>
</context>
<context>
    <name>UpsellView</name>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_view.py" line="82" />
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_view.py" line="84" />
        <source>Order</source>
        <translation>Đơn hàng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_view.py" line="85" />
        <source>Customer</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_view.py" line="86" />
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_view.py" line="87" />
        <source>Total</source>
        <translation>Tổng tiền</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_view.py" line="88" />
        <source>Upsell</source>
        <translation>Upsell</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_view.py" line="89" />
        <source>Assigned to</source>
        <translation>Giao cho</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_view.py" line="90" />
        <source>Queued</source>
        <translation>Vào hàng chờ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_view.py" line="91" />
        <source>Next call</source>
        <translation>Gọi lại lúc</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_view.py" line="92" />
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_view.py" line="93" />
        <source>Channel</source>
        <translation>Kênh</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_view.py" line="94" />
        <source>Tags</source>
        <translation>Thẻ</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_view.py" line="188" />
        <source>%Ln case(s)</source>
        <translation>%Ln mục</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_view.py" line="208" />
        <source>Assigned to {0}</source>
        <translation>Đã giao cho {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_view.py" line="211" />
        <source>{0} calls, {1} notes</source>
        <translation>{0} cuộc gọi, {1} ghi chú</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_view.py" line="348" />
        <source>You received {0} cases. They are in the Assigned tab.</source>
        <translation>Bạn đã nhận {0} mục. Các mục này nằm ở tab Đã giao.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_view.py" line="354" />
        <source>No pending cases are waiting. Well done!</source>
        <translation>Không còn mục nào chờ xử lý. Làm tốt lắm!</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_view.py" line="382" />
        <source>Follow-up saved.</source>
        <translation>Đã lưu theo dõi.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_view.py" line="395" />
        <source>Success: the products were added to the order.</source>
        <translation>Thành công: đã thêm sản phẩm vào đơn hàng.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_view.py" line="401" />
        <source>Failed: order {0}</source>
        <translation>Không thành công: đơn hàng {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_view.py" line="402" />
        <source>Why did the upsell not work out?</source>
        <translation>Vì sao upsell không thành công?</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_view.py" line="408" />
        <source>Marked as failed.</source>
        <translation>Đã đánh dấu không thành công.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_view.py" line="414" />
        <source>Skip: order {0}</source>
        <translation>Bỏ qua: đơn hàng {0}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_view.py" line="415" />
        <source>Skipping releases a confirmed order to shipping without an upsell call.</source>
        <translation>Bỏ qua sẽ chuyển đơn hàng đã xác nhận sang giao hàng mà không gọi upsell.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_view.py" line="422" />
        <source>Skipped; the order is released to shipping.</source>
        <translation>Đã bỏ qua; đơn hàng được chuyển sang giao hàng.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_view.py" line="437" />
        <source>Give back</source>
        <translation>Trả lại</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_view.py" line="438" />
        <source>Give order {0} back to Pending for someone else to call?</source>
        <translation>Trả đơn hàng {0} về Chờ xử lý để người khác gọi?</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_view.py" line="446" />
        <source>Given back to Pending.</source>
        <translation>Đã trả về Chờ xử lý.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_view.py" line="470" />
        <source>Call started.</source>
        <translation>Đã bắt đầu cuộc gọi.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_view.py" line="481" />
        <source>Call saved in the call history.</source>
        <translation>Đã lưu cuộc gọi vào lịch sử cuộc gọi.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_view.py" line="497" />
        <source>Note saved.</source>
        <translation>Đã lưu ghi chú.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_view.py" line="505" />
        <source>Note pinned to the top.</source>
        <translation>Đã ghim ghi chú lên đầu.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_view.py" line="505" />
        <source>Note unpinned.</source>
        <translation>Đã bỏ ghim ghi chú.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_view.py" line="518" />
        <source>Delete note</source>
        <translation>Xóa ghi chú</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_view.py" line="519" />
        <source>Delete this note by {0}?</source>
        <translation>Xóa ghi chú này của {0}?</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_view.py" line="524" />
        <source>It will no longer be shown; the case's history keeps a record of it.</source>
        <translation>Ghi chú sẽ không còn hiển thị; lịch sử thao tác của mục vẫn lưu lại.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_view.py" line="531" />
        <source>Note deleted.</source>
        <translation>Đã xóa ghi chú.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/upsell_view.py" line="554" />
        <source>Tags saved.</source>
        <translation>Đã lưu thẻ.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../salesapp/app.py" line="158" />
        <source>This database is new: create its first administrator.</source>
        <translation>Cơ sở dữ liệu này còn mới: hãy tạo quản trị viên đầu tiên.</translation>
    </message>
    <message>
        <location filename="../../salesapp/db/backup/restore_load.py" line="39" />
        <source>The backup holds a table “{table}” that this version of salesapp does not have. Nothing was written.</source>
        <translation>Bản sao lưu có bảng “{table}” mà phiên bản salesapp này không có. Chưa ghi gì cả.</translation>
    </message>
    <message>
        <location filename="../../salesapp/db/backup/restore_load.py" line="42" />
        <source>The backup's table “{table}” has a column “{column}” that this version of salesapp does not have. Nothing was written.</source>
        <translation>Bảng “{table}” của bản sao lưu có cột “{column}” mà phiên bản salesapp này không có. Chưa ghi gì cả.</translation>
    </message>
    <message>
        <location filename="../../salesapp/db/backup/restore_load.py" line="46" />
        <source>The restored table “{table}” does not match the backup ({rows} rows restored, {expected} in the backup). Nothing was kept.</source>
        <translation>Bảng “{table}” được khôi phục không khớp với bản sao lưu (khôi phục {rows} dòng, bản sao lưu có {expected} dòng). Không giữ lại gì cả.</translation>
    </message>
    <message>
        <location filename="../../salesapp/db/backup/restore_load.py" line="50" />
        <source>The backup's rows refer to rows that are not in it (table “{table}”). Nothing was kept.</source>
        <translation>Các dòng trong bản sao lưu tham chiếu tới những dòng không có trong đó (bảng “{table}”). Không giữ lại gì cả.</translation>
    </message>
    <message>
        <location filename="../../salesapp/db/backup/schema.py" line="25" />
        <source>The database {target} holds tables of another program: a backup is only restored into a new, empty database. Nothing was written.</source>
        <translation>Cơ sở dữ liệu {target} chứa bảng của một chương trình khác: bản sao lưu chỉ được khôi phục vào một cơ sở dữ liệu mới, trống. Chưa ghi gì cả.</translation>
    </message>
    <message>
        <location filename="../../salesapp/db/backup/schema.py" line="29" />
        <source>The database {target} was already prepared by salesapp for a newer schema ({found}) than the backup's ({version}): restore into a database with no tables (a new file, or a new database on the server). Nothing was written.</source>
        <translation>Cơ sở dữ liệu {target} đã được salesapp chuẩn bị cho lược đồ mới hơn ({found}) so với bản sao lưu ({version}): hãy khôi phục vào một cơ sở dữ liệu chưa có bảng nào (một tệp mới, hoặc một cơ sở dữ liệu mới trên máy chủ). Chưa ghi gì cả.</translation>
    </message>
    <message>
        <location filename="../../salesapp/db/connection.py" line="132" />
        <source>The database {path} is read-only: salesapp needs to write to it.</source>
        <translation>Cơ sở dữ liệu {path} chỉ cho phép đọc: salesapp cần ghi được vào đó.</translation>
    </message>
    <message>
        <location filename="../../salesapp/db/connection.py" line="135" />
        <location filename="../../salesapp/db/connection.py" line="138" />
        <location filename="../../salesapp/db/sqlite_file.py" line="255" />
        <location filename="../../salesapp/db/sqlite_file.py" line="269" />
        <location filename="../../salesapp/db/sqlite_file.py" line="322" />
        <source>The database cannot be opened: {detail}</source>
        <translation>Không mở được cơ sở dữ liệu: {detail}</translation>
    </message>
    <message>
        <location filename="../../salesapp/db/migrations/__init__.py" line="122" />
        <source>This database was created by a newer version of salesapp (schema {found}, this app knows {latest}). Install the newer salesapp; the database was not changed.</source>
        <translation>Cơ sở dữ liệu này được tạo bởi phiên bản salesapp mới hơn (lược đồ {found}, ứng dụng này chỉ biết đến {latest}). Hãy cài salesapp bản mới hơn; cơ sở dữ liệu chưa bị thay đổi.</translation>
    </message>
    <message>
        <location filename="../../salesapp/db/pg_security.py" line="83" />
        <source>This database needs an update that only an administrator can run: ask an administrator to start salesapp, or to run `salesapp migrate`.</source>
        <translation>Cơ sở dữ liệu này cần được cập nhật và chỉ quản trị viên mới làm được: hãy nhờ quản trị viên mở salesapp hoặc chạy `salesapp migrate`.</translation>
    </message>
    <message>
        <location filename="../../salesapp/db/pg_security.py" line="117" />
        <source>Updating this database needs an account that may create roles (the server's superuser, for example): run `salesapp migrate --db postgresql://postgres@host/database` once.</source>
        <translation>Cập nhật cơ sở dữ liệu này cần một tài khoản được phép tạo vai trò (ví dụ superuser của máy chủ): hãy chạy `salesapp migrate --db postgresql://postgres@host/database` một lần.</translation>
    </message>
    <message>
        <location filename="../../salesapp/db/pg_session.py" line="26" />
        <source>The connection to the database server {server} was lost: nothing was saved. salesapp is reconnecting; try again in a moment.</source>
        <translation>Mất kết nối với máy chủ cơ sở dữ liệu {server}: chưa có gì được lưu. salesapp đang kết nối lại; vui lòng thử lại sau giây lát.</translation>
    </message>
    <message>
        <location filename="../../salesapp/db/pg_session.py" line="30" />
        <source>The connection to the database server {server} was lost while saving: the change may or may not have been saved. Once the connection is back, check before saving it again.</source>
        <translation>Mất kết nối với máy chủ cơ sở dữ liệu {server} trong khi lưu: thay đổi có thể đã được lưu hoặc chưa. Khi kết nối trở lại, hãy kiểm tra trước khi lưu lại.</translation>
    </message>
    <message>
        <location filename="../../salesapp/db/pg_session.py" line="174" />
        <source>The server {server} refused the user name or password.</source>
        <translation>Máy chủ {server} từ chối tên đăng nhập hoặc mật khẩu.</translation>
    </message>
    <message>
        <location filename="../../salesapp/db/pg_session.py" line="177" />
        <source>The server has no database “{name}”.</source>
        <translation>Máy chủ không có cơ sở dữ liệu “{name}”.</translation>
    </message>
    <message>
        <location filename="../../salesapp/db/pg_session.py" line="180" />
        <source>The database server {server} cannot be reached: {detail}</source>
        <translation>Không kết nối được máy chủ cơ sở dữ liệu {server}: {detail}</translation>
    </message>
    <message>
        <location filename="../../salesapp/db/sqlite_file.py" line="60" />
        <source>The disk that holds the database {path} is full (or cannot be written): nothing was saved. Free some space on it, then try again.</source>
        <translation>Ổ đĩa chứa cơ sở dữ liệu {path} đã đầy (hoặc không ghi được): chưa có gì được lưu. Hãy giải phóng bớt dung lượng trên ổ đĩa rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../salesapp/db/sqlite_file.py" line="64" />
        <source>The database {path} is damaged: salesapp cannot use it. Close salesapp, keep the damaged file aside and put the newest copy from the backups folder {folder} in its place.</source>
        <translation>Cơ sở dữ liệu {path} bị hỏng: salesapp không thể dùng được. Hãy đóng salesapp, cất riêng tệp bị hỏng và đặt bản sao mới nhất từ thư mục sao lưu {folder} vào chỗ của nó.</translation>
    </message>
    <message>
        <location filename="../../salesapp/db/sqlite_file.py" line="68" />
        <source>The database {path} is damaged: salesapp cannot use it, and there is no copy in the backups folder {folder}. Keep the file as it is and ask for help: part of the data may be recoverable.</source>
        <translation>Cơ sở dữ liệu {path} bị hỏng: salesapp không thể dùng được, và không có bản sao nào trong thư mục sao lưu {folder}. Hãy giữ nguyên tệp và nhờ hỗ trợ: có thể khôi phục được một phần dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../salesapp/db/sqlite_file.py" line="72" />
        <source>{path} is an empty file (0 bytes): salesapp does not open it, so that it does not silently become a new, empty database. For a new database choose another file name; if your data was in it, put a copy from the backups folder {folder} in its place.</source>
        <translation>{path} là tệp rỗng (0 byte): salesapp không mở tệp này để nó không âm thầm trở thành một cơ sở dữ liệu mới, trống rỗng. Nếu muốn tạo cơ sở dữ liệu mới, hãy chọn tên tệp khác; nếu dữ liệu của bạn từng nằm trong tệp này, hãy đặt một bản sao từ thư mục sao lưu {folder} vào chỗ của nó.</translation>
    </message>
    <message>
        <location filename="../../salesapp/db/sqlite_file.py" line="77" />
        <source>{path} is not a salesapp database (it is not an SQLite file).</source>
        <translation>{path} không phải là cơ sở dữ liệu salesapp (không phải tệp SQLite).</translation>
    </message>
    <message>
        <location filename="../../salesapp/db/sqlite_file.py" line="78" />
        <source>salesapp may not open the folder {folder}, so it cannot reach {path}. Ask the computer's administrator for access to that folder, or choose another place.</source>
        <translation>salesapp không được phép mở thư mục {folder}, nên không thể truy cập {path}. Hãy xin quản trị viên của máy tính quyền truy cập thư mục đó, hoặc chọn nơi khác.</translation>
    </message>
    <message>
        <location filename="../../salesapp/db/sqlite_file.py" line="196" />
        <source>{path} is on a network share. SQLite files are not safe on shared folders: several desktops would damage it. Use a PostgreSQL server to share data.</source>
        <translation>{path} nằm trong thư mục chia sẻ qua mạng. Tệp SQLite không an toàn trong thư mục chia sẻ: nhiều máy dùng cùng lúc sẽ làm hỏng tệp. Hãy dùng máy chủ PostgreSQL để dùng chung dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../salesapp/db/sqlite_file.py" line="205" />
        <source>There is no database file at {path}.</source>
        <translation>Không có tệp cơ sở dữ liệu tại {path}.</translation>
    </message>
    <message>
        <location filename="../../salesapp/db/sqlite_file.py" line="209" />
        <source>The folder {folder} is read-only: salesapp needs to write its database there.</source>
        <translation>Thư mục {folder} chỉ cho phép đọc: salesapp cần ghi cơ sở dữ liệu vào đó.</translation>
    </message>
    <message>
        <location filename="../../salesapp/db/sqlite_file.py" line="296" />
        <source>The folder {folder} cannot be created: {detail}</source>
        <translation>Không tạo được thư mục {folder}: {detail}</translation>
    </message>
    <message>
        <location filename="../../salesapp/db/sqlite_file.py" line="342" />
        <source>{path} is an SQLite file of another program, not a salesapp database.</source>
        <translation>{path} là tệp SQLite của chương trình khác, không phải cơ sở dữ liệu salesapp.</translation>
    </message>
    <message>
        <location filename="../../salesapp/db/url.py" line="53" />
        <source>The database address “{url}” names no file.</source>
        <translation>Địa chỉ cơ sở dữ liệu “{url}” không chỉ ra tệp nào.</translation>
    </message>
    <message>
        <location filename="../../salesapp/db/url.py" line="57" />
        <source>The database address “{url}” names no database.</source>
        <translation>Địa chỉ cơ sở dữ liệu “{url}” không có tên cơ sở dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../salesapp/db/url.py" line="68" />
        <source>“{url}” is not a database address: use sqlite:///path or postgresql://user@host/database.</source>
        <translation>“{url}” không phải là địa chỉ cơ sở dữ liệu: hãy dùng dạng sqlite:///path hoặc postgresql://user@host/database.</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/backup.py" line="30" />
        <source>{path} is not a salesapp backup file. Nothing was written.</source>
        <translation>{path} không phải là tệp sao lưu của salesapp. Chưa ghi gì cả.</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/backup.py" line="31" />
        <source>The backup file {path} is damaged (cut short or changed after it was written): it cannot be restored. Nothing was written. Use another backup file.</source>
        <translation>Tệp sao lưu {path} bị hỏng (bị cắt ngắn hoặc bị thay đổi sau khi ghi): không thể khôi phục. Chưa ghi gì cả. Hãy dùng một tệp sao lưu khác.</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/backup.py" line="35" />
        <source>The backup {path} was made by a newer version of salesapp (schema {found}; this app knows {latest}). Install the newer salesapp to restore it. Nothing was written.</source>
        <translation>Bản sao lưu {path} được tạo bởi phiên bản salesapp mới hơn (lược đồ {found}; ứng dụng này chỉ biết tới {latest}). Hãy cài salesapp mới hơn để khôi phục. Chưa ghi gì cả.</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/backup.py" line="39" />
        <source>The database {target} already holds data: a backup is only restored into a new, empty database. Choose a new file, or a new database on the server. Nothing was written.</source>
        <translation>Cơ sở dữ liệu {target} đã có dữ liệu: bản sao lưu chỉ được khôi phục vào một cơ sở dữ liệu mới, trống. Hãy chọn một tệp mới, hoặc một cơ sở dữ liệu mới trên máy chủ. Chưa ghi gì cả.</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/backup.py" line="43" />
        <source>Cancelled: nothing was kept.</source>
        <translation>Đã hủy: không giữ lại gì cả.</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/catalogue.py" line="41" />
        <source>The SKU “{sku}” is already used by “{name}”. Each product needs its own SKU.</source>
        <translation>Mã “{sku}” đã được dùng cho “{name}”. Mỗi sản phẩm cần một mã riêng.</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/catalogue.py" line="148" />
        <source>Type the product's SKU.</source>
        <translation>Hãy nhập mã sản phẩm.</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/catalogue.py" line="158" />
        <source>A category cannot hold a comma: “{category}”.</source>
        <translation>Danh mục không được chứa dấu phẩy: “{category}”.</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/catalogue.py" line="171" />
        <source>Type a name for each unit.</source>
        <translation>Hãy nhập tên cho từng đơn vị.</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/catalogue.py" line="173" />
        <source>“{unit}” must hold at least 1 base unit.</source>
        <translation>“{unit}” phải bằng ít nhất 1 đơn vị cơ sở.</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/catalogue.py" line="176" />
        <source>“{unit}” can hold at most {max} base units.</source>
        <translation>“{unit}” chỉ có thể bằng tối đa {max} đơn vị cơ sở.</translation>
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
        <translation>“{text}” không phải là số tiền hợp lệ.</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/catalogue.py" line="186" />
        <source>The price of “{unit}” cannot be negative.</source>
        <translation>Giá của “{unit}” không được âm.</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/catalogue.py" line="201" />
        <source>Type the product's name.</source>
        <translation>Hãy nhập tên sản phẩm.</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/catalogue.py" line="205" />
        <source>Add at least one unit with its price.</source>
        <translation>Hãy thêm ít nhất một đơn vị kèm giá.</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/catalogue.py" line="207" />
        <source>A product can have at most {max} units.</source>
        <translation>Một sản phẩm có tối đa {max} đơn vị.</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/catalogue.py" line="214" />
        <source>Two units are named “{unit}”: give each unit its own name.</source>
        <translation>Có hai đơn vị cùng tên “{unit}”: hãy đặt tên riêng cho từng đơn vị.</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/catalogue.py" line="221" />
        <source>One unit must be the base unit, holding 1 (the bottle of a pack of 3 bottles).</source>
        <translation>Phải có một đơn vị cơ sở bằng 1 (ví dụ chai trong lốc 3 chai).</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/customers/handover.py" line="86" />
        <source>The minimum cannot be negative.</source>
        <translation>Số tối thiểu không được là số âm.</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/customers/handover.py" line="88" />
        <source>The maximum cannot be negative.</source>
        <translation>Số tối đa không được là số âm.</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/customers/handover.py" line="91" />
        <source>The minimum ({minimum}) is larger than the maximum ({maximum}).</source>
        <translation>Số tối thiểu ({minimum}) lớn hơn số tối đa ({maximum}).</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/customers/handover.py" line="102" />
        <source>{count} customers are too few to give each of the {staff} staff members at least {minimum}: that needs {needed}.</source>
        <translation>{count} khách hàng là quá ít để mỗi người trong {staff} nhân viên nhận ít nhất {minimum}: cần {needed} khách hàng.</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/customers/handover.py" line="117" />
        <source>{count} customers do not fit: at most {maximum} each for {staff} staff members takes {capacity}, so {left} would be left over.</source>
        <translation>Không chia hết {count} khách hàng: {staff} nhân viên, mỗi người tối đa {maximum}, chỉ nhận được {capacity}, nên sẽ còn dư {left} khách hàng.</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/customers/handover.py" line="146" />
        <location filename="../../salesapp/services/customers/handover.py" line="240" />
        <source>Select at least one customer.</source>
        <translation>Hãy chọn ít nhất một khách hàng.</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/customers/handover.py" line="148" />
        <source>Choose at least one staff member.</source>
        <translation>Hãy chọn ít nhất một nhân viên.</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/customers/handover.py" line="150" />
        <source>A staff member is chosen twice.</source>
        <translation>Có nhân viên bị chọn hai lần.</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/customers/handover.py" line="153" />
        <source>Choose exactly one staff member.</source>
        <translation>Hãy chọn đúng một nhân viên.</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/customers/handover.py" line="169" />
        <source>The count for {name} cannot be negative.</source>
        <translation>Số lượng của {name} không được là số âm.</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/customers/handover.py" line="174" />
        <source>The counts add up to {total}, but {count} customers are selected.</source>
        <translation>Tổng số lượng là {total}, nhưng đang chọn {count} khách hàng.</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/customers/handover.py" line="229" />
        <source>A planned count cannot be negative.</source>
        <translation>Số lượng dự kiến không được là số âm.</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/customers/handover.py" line="233" />
        <source>The plan is for {planned} customers, but {count} are selected.</source>
        <translation>Phương án chia dành cho {planned} khách hàng, nhưng đang chọn {count}.</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/errors.py" line="64" />
        <source>This record was changed by {user} at {time}. Reload it and apply your change again.</source>
        <translation>Bản ghi này đã được {user} sửa lúc {time}. Hãy tải lại rồi thực hiện lại thay đổi của bạn.</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/images.py" line="34" />
        <source>“{name}” is damaged or incomplete: it cannot be shown as a picture.</source>
        <translation>“{name}” bị hỏng hoặc không đầy đủ: không thể hiển thị thành ảnh.</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/images.py" line="168" />
        <location filename="../../salesapp/ui/followup/_intake_dialogs.py" line="48" />
        <location filename="../../salesapp/ui/upsell/_upsell_notes.py" line="251" />
        <source>“{name}” is {size} MB; images may be at most {limit} MB.</source>
        <translation>“{name}” có dung lượng {size} MB; ảnh chỉ được tối đa {limit} MB.</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/images.py" line="176" />
        <location filename="../../salesapp/ui/upsell/_upsell_notes.py" line="262" />
        <source>“{name}” is not a PNG or JPEG image.</source>
        <translation>“{name}” không phải là ảnh PNG hoặc JPEG.</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/images.py" line="182" />
        <source>“{name}” is {width} × {height} pixels; pictures may have at most {max} million pixels.</source>
        <translation>“{name}” có kích thước {width} × {height} điểm ảnh; ảnh chỉ được tối đa {max} triệu điểm ảnh.</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/images.py" line="195" />
        <source>The pictures of one note can be at most {limit} MB together; these are {size} MB.</source>
        <translation>Tổng dung lượng ảnh của một ghi chú tối đa {limit} MB; các ảnh này là {size} MB.</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/limits.py" line="68" />
        <source>A name can be at most {max} characters; this one has {count}.</source>
        <translation>Tên chỉ được tối đa {max} ký tự; tên này có {count} ký tự.</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/limits.py" line="69" />
        <source>A note can be at most {max} characters; this one has {count}.</source>
        <translation>Ghi chú chỉ được tối đa {max} ký tự; ghi chú này có {count} ký tự.</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/limits.py" line="70" />
        <source>“{start}…” is too long: it can be at most {max} characters.</source>
        <translation>“{start}…” quá dài: chỉ được tối đa {max} ký tự.</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/limits.py" line="71" />
        <source>An e-mail address can be at most {max} characters.</source>
        <translation>Địa chỉ email chỉ được tối đa {max} ký tự.</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/limits.py" line="72" />
        <source>The amount is too large: it can be at most {max}.</source>
        <translation>Số tiền quá lớn: tối đa là {max}.</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/limits.py" line="133" />
        <source>A birth date must be in the past, at most {years} years ago.</source>
        <translation>Ngày sinh phải ở trong quá khứ và không quá {years} năm trước.</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/limits.py" line="144" />
        <source>A created date must be in the past, at most {years} years ago.</source>
        <translation>Ngày tạo phải ở trong quá khứ và không quá {years} năm trước.</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/limits.py" line="155" />
        <source>Choose a time at most {years} years ahead.</source>
        <translation>Hãy chọn thời điểm không quá {years} năm tới.</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/limits.py" line="166" />
        <source>Choose a date within {years} years of today.</source>
        <translation>Hãy chọn ngày cách hôm nay không quá {years} năm.</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/messaging/__init__.py" line="69" />
        <source>No account is set up for this kind of message. An administrator sets it up in Settings.</source>
        <translation>Chưa thiết lập tài khoản cho loại tin này. Quản trị viên thiết lập trong phần Cài đặt.</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/messaging/addresses.py" line="20" />
        <location filename="../../salesapp/domain/shop.py" line="160" />
        <location filename="../../salesapp/services/customers/customer_service.py" line="85" />
        <source>“{text}” is not an e-mail address.</source>
        <translation>“{text}” không phải là địa chỉ email.</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/messaging/addresses.py" line="30" />
        <source>“{text}” is not a LINE user id (it starts with U followed by 32 letters and digits).</source>
        <translation>“{text}” không phải LINE user id (bắt đầu bằng U, tiếp theo là 32 chữ và số).</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/messaging/addresses.py" line="40" />
        <source>Choose who receives the message.</source>
        <translation>Hãy chọn người nhận tin.</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/opportunity.py" line="335" />
        <source>Enter the stage's name.</source>
        <translation>Hãy nhập tên giai đoạn.</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/opportunity.py" line="338" />
        <source>A stage's name has at most {count} characters.</source>
        <translation>Tên giai đoạn chỉ được tối đa {count} ký tự.</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/opportunity.py" line="341" />
        <source>The probability is a whole number from 0 to 100.</source>
        <translation>Xác suất phải là số nguyên từ 0 đến 100.</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/opportunity.py" line="345" />
        <source>The won stage's probability is always 100%.</source>
        <translation>Xác suất của giai đoạn thành công luôn là 100%.</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/opportunity.py" line="346" />
        <source>The lost stage's probability is always 0%.</source>
        <translation>Xác suất của giai đoạn thất bại luôn là 0%.</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/opportunity.py" line="349" />
        <source>The idle limit is 1 to {high} days, or none.</source>
        <translation>Số ngày không hoạt động tối đa phải từ 1 đến {high} ngày, hoặc không giới hạn.</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/opportunity.py" line="360" />
        <location filename="../../salesapp/services/opportunities/opportunity_service.py" line="202" />
        <source>The pipeline keeps exactly one won stage and one lost stage.</source>
        <translation>Quy trình bán hàng luôn có đúng một giai đoạn thành công và một giai đoạn thất bại.</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/opportunity.py" line="362" />
        <source>The pipeline needs at least one open stage.</source>
        <translation>Quy trình bán hàng cần ít nhất một giai đoạn đang mở.</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/opportunity.py" line="365" />
        <location filename="../../salesapp/services/opportunities/opportunity_service.py" line="274" />
        <location filename="../../salesapp/services/opportunities/opportunity_service.py" line="464" />
        <location filename="../../salesapp/services/opportunities/opportunity_stages.py" line="78" />
        <source>Exactly one stage is the default for new opportunities.</source>
        <translation>Phải có đúng một giai đoạn mặc định cho cơ hội mới.</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/opportunity.py" line="367" />
        <location filename="../../salesapp/services/opportunities/opportunity_stages.py" line="217" />
        <source>The default stage must be an open stage, not won or lost.</source>
        <translation>Giai đoạn mặc định phải là giai đoạn đang mở, không phải thành công hay thất bại.</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/opportunity.py" line="372" />
        <location filename="../../salesapp/services/opportunities/opportunity_stages.py" line="122" />
        <source>A stage named “{name}” exists already.</source>
        <translation>Đã có giai đoạn tên “{name}”.</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/opportunity.py" line="376" />
        <source>Won is always 100% and lost always 0%.</source>
        <translation>Thành công luôn là 100% và thất bại luôn là 0%.</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/opportunity.py" line="383" />
        <source>The won and lost stages cannot be deleted.</source>
        <translation>Không thể xóa giai đoạn thành công và thất bại.</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/opportunity.py" line="385" />
        <source>Make another stage the default before deleting this one.</source>
        <translation>Hãy đặt giai đoạn khác làm mặc định trước khi xóa giai đoạn này.</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/opportunity.py" line="388" />
        <source>{count} opportunities are in this stage or passed through it. Move them to another stage first (their history keeps the stage too), or rename the stage instead.</source>
        <translation>Có {count} cơ hội đang ở hoặc đã đi qua giai đoạn này. Hãy chuyển chúng sang giai đoạn khác trước (lịch sử của chúng cũng lưu giai đoạn này), hoặc đổi tên giai đoạn thay vì xóa.</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/opportunity.py" line="407" />
        <location filename="../../salesapp/services/opportunities/opportunity_service.py" line="425" />
        <source>A reason has at most {count} characters.</source>
        <translation>Lý do chỉ được tối đa {count} ký tự.</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/opportunity.py" line="412" />
        <source>At most {count} reasons.</source>
        <translation>Tối đa {count} lý do.</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/opportunity.py" line="421" />
        <source>The expected amount cannot be negative.</source>
        <translation>Số tiền dự kiến không được là số âm.</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/opportunity.py" line="423" />
        <source>The expected amount is too large.</source>
        <translation>Số tiền dự kiến quá lớn.</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/orders/bill.py" line="18" />
        <source>Add at least one product to the order.</source>
        <translation>Hãy thêm ít nhất một sản phẩm vào đơn hàng.</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/orders/bill.py" line="130" />
        <source>The quantity must be at least 1.</source>
        <translation>Số lượng phải ít nhất là 1.</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/orders/bill.py" line="133" />
        <source>The quantity cannot be more than {max}.</source>
        <translation>Số lượng không được lớn hơn {max}.</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/orders/bill.py" line="142" />
        <location filename="../../salesapp/services/orders/new_order.py" line="103" />
        <source>A discount cannot be negative.</source>
        <translation>Giảm giá không được là số âm.</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/orders/bill.py" line="145" />
        <source>The discount on “{product}” ({discount}) is more than the line amount ({amount}).</source>
        <translation>Giảm giá cho “{product}” ({discount}) lớn hơn thành tiền của dòng ({amount}).</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/orders/bill.py" line="154" />
        <source>Shipping cannot be negative.</source>
        <translation>Phí vận chuyển không được là số âm.</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/orders/lifecycle.py" line="52" />
        <source>Order {number} is no longer awaiting confirmation.</source>
        <translation>Đơn {number} không còn ở trạng thái chờ xác nhận.</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/orders/lifecycle.py" line="53" />
        <source>Order {number} cannot be packed: only a confirmed order can.</source>
        <translation>Không thể đóng gói đơn {number}: chỉ đóng gói được đơn đã xác nhận.</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/orders/lifecycle.py" line="54" />
        <source>Order {number} cannot be shipped: it is not packed.</source>
        <translation>Không thể giao đơn {number}: đơn chưa được đóng gói.</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/orders/lifecycle.py" line="55" />
        <source>Order {number} cannot be marked delivered: it is not shipped.</source>
        <translation>Không thể đánh dấu đơn {number} đã giao: đơn chưa được gửi đi.</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/orders/lifecycle.py" line="56" />
        <source>Order {number} cannot be cancelled: only an order awaiting confirmation or confirmed can.</source>
        <translation>Không thể hủy đơn {number}: chỉ hủy được đơn đang chờ xác nhận hoặc đã xác nhận.</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/orders/lifecycle.py" line="59" />
        <source>Order {number} cannot be returned: only a shipped or delivered order can.</source>
        <translation>Không thể ghi nhận trả hàng cho đơn {number}: chỉ áp dụng cho đơn đang giao hoặc đã giao.</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/orders/lifecycle.py" line="62" />
        <source>Order {number} is still in the upsell queue. Finish or skip its upsell call first, then pack it.</source>
        <translation>Đơn {number} vẫn đang trong hàng đợi upsell. Hãy hoàn tất hoặc bỏ qua cuộc gọi upsell trước, rồi mới đóng gói.</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/orders/lifecycle.py" line="63" />
        <source>Write a reason.</source>
        <translation>Hãy nhập lý do.</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/orders/lifecycle.py" line="64" />
        <source>Choose or type a carrier.</source>
        <translation>Hãy chọn hoặc nhập đơn vị vận chuyển.</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/orders/lifecycle.py" line="65" />
        <source>Choose at least one line that came back.</source>
        <translation>Hãy chọn ít nhất một dòng hàng bị trả lại.</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/phone.py" line="88" />
        <source>“{text}” is not a valid phone number.</source>
        <translation>“{text}” không phải là số điện thoại hợp lệ.</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/shop.py" line="122" />
        <source>A Thai tax ID has 13 digits with a valid check digit; “{text}” has not.</source>
        <translation>Mã số thuế Thái Lan có 13 chữ số với chữ số kiểm tra hợp lệ; “{text}” không đúng.</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/shop.py" line="129" />
        <source>A Vietnamese tax code has 10 digits (a branch adds -001), or 12; “{text}” has not.</source>
        <translation>Mã số thuế Việt Nam có 10 chữ số (chi nhánh thêm -001) hoặc 12 chữ số; “{text}” không đúng.</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/shop.py" line="141" />
        <source>Enter the branch number (1 to 5 digits), or choose the head office.</source>
        <translation>Nhập số chi nhánh (1 đến 5 chữ số) hoặc chọn trụ sở chính.</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/shop.py" line="154" />
        <location filename="../../salesapp/services/customers/customer_import.py" line="129" />
        <location filename="../../salesapp/services/customers/customer_service.py" line="90" />
        <source>Choose Thailand or Vietnam.</source>
        <translation>Hãy chọn Thái Lan hoặc Việt Nam.</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/shop.py" line="157" />
        <source>Enter the shop's name.</source>
        <translation>Nhập tên cửa hàng.</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/shop.py" line="165" />
        <source>The VAT rate must be between 0 and 30 %.</source>
        <translation>Thuế suất VAT phải từ 0 đến 30 %.</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/shop.py" line="169" />
        <source>An order-number prefix is 1 to 4 letters A–Z, such as SO or INV.</source>
        <translation>Tiền tố số đơn hàng gồm 1 đến 4 chữ cái A–Z, ví dụ SO hoặc INV.</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/shop.py" line="172" />
        <source>Choose a time zone from the list.</source>
        <translation>Chọn múi giờ trong danh sách.</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/upsell.py" line="84" />
        <source>This upsell case is already finished; its status cannot change any more.</source>
        <translation>Mục upsell này đã kết thúc; không thể đổi trạng thái nữa.</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/upsell.py" line="85" />
        <source>This upsell case is still pending: request work or assign it before recording an outcome.</source>
        <translation>Mục upsell này vẫn đang chờ xử lý: hãy nhận việc hoặc giao mục này trước khi ghi kết quả.</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/upsell.py" line="86" />
        <source>This upsell case is no longer pending: someone has already taken it.</source>
        <translation>Mục upsell này không còn chờ xử lý: đã có người nhận.</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/upsell.py" line="87" />
        <source>This upsell case is not being worked on, so it cannot be given back.</source>
        <translation>Mục upsell này không có ai đang xử lý nên không thể trả lại.</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/upsell.py" line="243" />
        <source>Cases per request must be between 1 and {max}.</source>
        <translation>Số mục mỗi lần nhận việc phải từ 1 đến {max}.</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/upsell.py" line="247" />
        <source>Open cases per person must be between 1 and {max}.</source>
        <translation>Số mục đang mở mỗi người phải từ 1 đến {max}.</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/upsell.py" line="252" />
        <source>An order total in the rules cannot be negative.</source>
        <translation>Tổng tiền đơn trong quy tắc không được là số âm.</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/upsell.py" line="261" />
        <source>The lowest order total is above the highest one. Swap them or clear one.</source>
        <translation>Tổng tiền đơn thấp nhất lớn hơn mức cao nhất. Hãy đổi chỗ hai giá trị hoặc xóa một giá trị.</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/upsell.py" line="268" />
        <source>Keep at least one reason in each list.</source>
        <translation>Mỗi danh sách phải có ít nhất một lý do.</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/upsell.py" line="271" />
        <source>A reason list can have at most {max} reasons.</source>
        <translation>Mỗi danh sách lý do chỉ được tối đa {max} lý do.</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/upsell.py" line="274" />
        <source>A reason cannot be empty.</source>
        <translation>Lý do không được để trống.</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/upsell.py" line="277" />
        <location filename="../../salesapp/services/upsell/upsell_cases.py" line="545" />
        <source>A reason can be at most {max} characters.</source>
        <translation>Lý do chỉ được tối đa {max} ký tự.</translation>
    </message>
    <message>
        <location filename="../../salesapp/domain/upsell.py" line="280" />
        <source>The same reason is in the list twice.</source>
        <translation>Có lý do bị lặp lại trong danh sách.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/admin/_accounts.py" line="21" />
        <location filename="../../salesapp/services/admin/users.py" line="154" />
        <location filename="../../salesapp/services/admin/users.py" line="241" />
        <source>Wrong user name or password.</source>
        <translation>Sai tên đăng nhập hoặc mật khẩu.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/admin/audit_list.py" line="37" />
        <source>Only administrators and managers can see the audit trail.</source>
        <translation>Chỉ quản trị viên và quản lý mới xem được nhật ký thay đổi.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/admin/setup_checklist.py" line="33" />
        <source>Only an administrator can change the first-run checklist.</source>
        <translation>Chỉ quản trị viên mới được thay đổi danh sách bắt đầu sử dụng.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/admin/shop_profile.py" line="123" />
        <source>Only an administrator can change the shop profile.</source>
        <translation>Chỉ quản trị viên mới được thay đổi hồ sơ cửa hàng.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/admin/sign_in_guard.py" line="42" />
        <source>Too many wrong passwords in a row for this user name: wait {seconds} seconds, then try again. An administrator can unlock sign-in in Settings → Staff.</source>
        <translation>Nhập sai mật khẩu quá nhiều lần liên tiếp cho tên đăng nhập này: hãy chờ {seconds} giây rồi thử lại. Quản trị viên có thể mở khóa đăng nhập trong Cài đặt → Nhân viên.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/admin/sign_in_guard.py" line="46" />
        <source>Sign-in for this user name is locked after {count} wrong passwords in a row. Try again after {time} (in about {minutes} min), or ask an administrator to unlock it in Settings → Staff.</source>
        <translation>Đăng nhập bằng tên này đã bị tạm khóa sau {count} lần nhập sai mật khẩu liên tiếp. Hãy thử lại sau {time} (khoảng {minutes} phút nữa), hoặc nhờ quản trị viên mở khóa trong Cài đặt → Nhân viên.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/admin/sign_in_guard.py" line="123" />
        <location filename="../../salesapp/services/admin/staff.py" line="34" />
        <location filename="../../salesapp/services/admin/users.py" line="103" />
        <location filename="../../salesapp/services/admin/users.py" line="220" />
        <source>Only an administrator can manage staff accounts.</source>
        <translation>Chỉ quản trị viên mới được quản lý tài khoản nhân viên.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/admin/staff.py" line="118" />
        <source>The last enabled administrator cannot be disabled.</source>
        <translation>Không thể vô hiệu hóa quản trị viên cuối cùng còn hoạt động.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/admin/staff.py" line="132" />
        <source>Enter a display name.</source>
        <translation>Hãy nhập tên hiển thị.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/admin/staff.py" line="147" />
        <location filename="../../salesapp/services/admin/users.py" line="78" />
        <source>The password must have at least {n} characters.</source>
        <translation>Mật khẩu phải có ít nhất {n} ký tự.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/admin/users.py" line="73" />
        <source>Enter a user name.</source>
        <translation>Hãy nhập tên đăng nhập.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/admin/users.py" line="75" />
        <source>A user name cannot contain spaces.</source>
        <translation>Tên đăng nhập không được chứa dấu cách.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/admin/users.py" line="91" />
        <source>This database already has users: sign in instead.</source>
        <translation>Cơ sở dữ liệu này đã có người dùng: hãy đăng nhập.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/admin/users.py" line="108" />
        <source>The user name “{name}” is taken.</source>
        <translation>Tên đăng nhập “{name}” đã có người dùng.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/admin/users.py" line="158" />
        <location filename="../../salesapp/services/admin/users.py" line="244" />
        <source>This account is disabled. Ask your manager.</source>
        <translation>Tài khoản này đã bị khóa. Hãy liên hệ quản lý của bạn.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/admin/users.py" line="197" />
        <source>Choose a new password, different from the one you have now.</source>
        <translation>Hãy chọn mật khẩu mới, khác với mật khẩu hiện tại.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/admin/users.py" line="226" />
        <source>The last administrator cannot lose the administrator role.</source>
        <translation>Không thể bỏ vai trò quản trị viên của quản trị viên cuối cùng.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/backup/backup_service.py" line="47" />
        <source>Only an administrator can back up or restore the database.</source>
        <translation>Chỉ quản trị viên mới có thể sao lưu hoặc khôi phục cơ sở dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/backup/backup_service.py" line="48" />
        <source>The backup could not be written to {path}: {detail}</source>
        <translation>Không thể ghi bản sao lưu vào {path}: {detail}</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/backup/backup_service.py" line="49" />
        <source>Choose another file: {path} is the database itself.</source>
        <translation>Hãy chọn tệp khác: {path} chính là cơ sở dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/backup/restore_service.py" line="39" />
        <source>The database {target} cannot be written: {detail}. Nothing was kept.</source>
        <translation>Không thể ghi cơ sở dữ liệu {target}: {detail}. Không giữ lại gì cả.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/catalogue/_import_rows.py" line="89" />
        <source>The column mapping does not fit this file.</source>
        <translation>Cách ghép cột không khớp với tệp này.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/catalogue/_import_rows.py" line="91" />
        <source>Each field can come from one column only.</source>
        <translation>Mỗi trường chỉ lấy từ một cột.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/catalogue/_import_rows.py" line="94" />
        <source>Choose the column that holds the SKU.</source>
        <translation>Hãy chọn cột chứa mã sản phẩm.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/catalogue/_import_rows.py" line="104" />
        <source>“{text}” is not a product status.</source>
        <translation>“{text}” không phải trạng thái sản phẩm.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/catalogue/_import_rows.py" line="115" />
        <source>“{text}” is not a currency (THB or VND).</source>
        <translation>“{text}” không phải tiền tệ (THB hoặc VND).</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/catalogue/_import_rows.py" line="128" />
        <source>“{text}” is not a number of base units.</source>
        <translation>“{text}” không phải số đơn vị cơ sở.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/catalogue/_import_rows.py" line="181" />
        <source>Give the unit this price is for.</source>
        <translation>Hãy ghi đơn vị của giá này.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/catalogue/_import_rows.py" line="183" />
        <location filename="../../salesapp/ui/catalogue/_units_editor.py" line="171" />
        <source>Give the price of “{unit}”.</source>
        <translation>Hãy ghi giá của “{unit}”.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/catalogue/_import_rows.py" line="200" />
        <source>Line {line} names the SKU “{sku}” “{old}”; this row names it “{new}”.</source>
        <translation>Dòng {line} đặt tên mã “{sku}” là “{old}”; dòng này lại đặt là “{new}”.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/catalogue/_import_rows.py" line="205" />
        <source>Line {line} puts the SKU “{sku}” in the category “{old}”; this row puts it in “{new}”.</source>
        <translation>Dòng {line} xếp mã “{sku}” vào danh mục “{old}”; dòng này lại xếp vào “{new}”.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/catalogue/_import_rows.py" line="219" />
        <source>The unit “{unit}” of “{sku}” is on line {line} already.</source>
        <translation>Đơn vị “{unit}” của “{sku}” đã có ở dòng {line}.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/catalogue/_product_write.py" line="32" />
        <source>This product no longer exists.</source>
        <translation>Sản phẩm này không còn tồn tại.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/catalogue/_product_write.py" line="137" />
        <source>A unit of this product was removed on another desktop. Reload the product.</source>
        <translation>Một đơn vị của sản phẩm này đã bị xóa trên máy khác. Hãy tải lại sản phẩm.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/catalogue/catalogue_import.py" line="64" />
        <source>A product with this SKU exists: this mode adds new products only.</source>
        <translation>Đã có sản phẩm với mã này: chế độ này chỉ thêm sản phẩm mới.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/catalogue/catalogue_import.py" line="65" />
        <source>No product has this SKU: this mode updates existing products only.</source>
        <translation>Không có sản phẩm nào mang mã này: chế độ này chỉ cập nhật sản phẩm đã có.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/catalogue/catalogue_import.py" line="66" />
        <source>The product is already as in the file.</source>
        <translation>Sản phẩm đã giống như trong tệp.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/catalogue/catalogue_import.py" line="67" />
        <source>A new product needs at least one unit with its price.</source>
        <translation>Sản phẩm mới cần ít nhất một đơn vị kèm giá.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/catalogue/catalogue_service.py" line="35" />
        <source>Only a manager can change the product catalogue.</source>
        <translation>Chỉ quản lý mới được thay đổi danh mục sản phẩm.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers/_import_match.py" line="28" />
        <source>No customer has this phone number or e-mail address.</source>
        <translation>Không có khách hàng nào có số điện thoại hoặc email này.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers/_import_match.py" line="29" />
        <source>Already a customer: left as it is.</source>
        <translation>Đã là khách hàng: giữ nguyên.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers/_import_match.py" line="30" />
        <source>Already a customer of another salesperson: left as it is.</source>
        <translation>Đã là khách hàng của nhân viên bán hàng khác: giữ nguyên.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers/_import_match.py" line="31" />
        <source>Nothing to change.</source>
        <translation>Không có gì cần thay đổi.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers/_import_match.py" line="138" />
        <source>Line {line} matches the same customer.</source>
        <translation>Dòng {line} trùng với cùng khách hàng này.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers/_import_rows.py" line="48" />
        <source>“{text}” is not a sales channel.</source>
        <translation>“{text}” không phải là kênh bán hàng.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers/_import_rows.py" line="69" />
        <source>“{text}” is not a date.</source>
        <translation>“{text}” không phải là ngày hợp lệ.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers/_import_rows.py" line="92" />
        <source>“{text}” is not a country: write TH (Thailand) or VN (Vietnam).</source>
        <translation>“{text}” không phải là quốc gia: hãy ghi TH (Thái Lan) hoặc VN (Việt Nam).</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers/_import_rows.py" line="116" />
        <source>No active staff member is called “{name}”.</source>
        <translation>Không có nhân viên đang hoạt động nào tên “{name}”.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers/_import_rows.py" line="120" />
        <source>Several staff members are called “{name}”: write the user name instead.</source>
        <translation>Có nhiều nhân viên tên “{name}”: hãy ghi tên đăng nhập thay thế.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers/_import_rows.py" line="157" />
        <source>Two columns are mapped to the same field.</source>
        <translation>Có hai cột được gán cho cùng một trường.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers/_import_rows.py" line="160" />
        <source>Choose the column that holds the customer's name.</source>
        <translation>Hãy chọn cột chứa tên khách hàng.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers/_import_rows.py" line="163" />
        <source>Choose the column with the phone number or the e-mail address to find customers by.</source>
        <translation>Hãy chọn cột số điện thoại hoặc email để tìm khách hàng.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers/_import_rows.py" line="194" />
        <source>The phone number {phone} is also on line {line}.</source>
        <translation>Số điện thoại {phone} cũng có ở dòng {line}.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers/_import_rows.py" line="199" />
        <source>The e-mail address {email} is also on line {line}.</source>
        <translation>Email {email} cũng có ở dòng {line}.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers/_import_write.py" line="91" />
        <source>Another desktop changed some of these customers meanwhile. Nothing was imported: run the import again.</source>
        <translation>Trong lúc đó một máy khác đã thay đổi một số khách hàng này. Chưa có gì được nhập: hãy chạy nhập lại.</translation>
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
        <translation>Bản ghi này không còn nữa: nó đã bị xóa trên một máy khác.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers/_merge.py" line="170" />
        <source>Only a manager can merge customers of other salespeople.</source>
        <translation>Chỉ quản lý mới được gộp khách hàng của nhân viên bán hàng khác.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers/_merge.py" line="178" />
        <source>Choose two different customers to merge.</source>
        <translation>Hãy chọn hai khách hàng khác nhau để gộp.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers/_merge.py" line="342" />
        <source>This merge was undone already.</source>
        <translation>Việc gộp này đã được hoàn tác rồi.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers/_merge.py" line="349" />
        <source>“{name}” was merged into another customer since. Undo that merge first.</source>
        <translation>Sau đó “{name}” đã được gộp vào một khách hàng khác. Hãy hoàn tác lần gộp đó trước.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers/_merge.py" line="356" />
        <source>This merge cannot be undone: another customer has number {id} now.</source>
        <translation>Không thể hoàn tác việc gộp này: hiện một khách hàng khác đang dùng mã số {id}.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers/_merge.py" line="365" />
        <source>“{name}” was edited after the merge ({fields}). Undoing would lose that edit; change it back first or leave the merge.</source>
        <translation>“{name}” đã được sửa sau khi gộp ({fields}). Hoàn tác sẽ làm mất thay đổi đó; hãy sửa lại trước hoặc giữ nguyên việc gộp.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers/appointments.py" line="143" />
        <source>Only managers can see other people's appointments.</source>
        <translation>Chỉ quản lý mới được xem lịch hẹn của người khác.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers/appointments.py" line="160" />
        <source>Choose a time that is not in the past.</source>
        <translation>Hãy chọn thời gian chưa qua.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers/appointments.py" line="164" />
        <source>A meeting lasts {low} to {high} minutes.</source>
        <translation>Một cuộc hẹn kéo dài từ {low} đến {high} phút.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers/appointments.py" line="171" />
        <source>Enter the place or the purpose of the meeting.</source>
        <translation>Hãy nhập địa điểm hoặc mục đích của cuộc hẹn.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers/appointments.py" line="179" />
        <source>This appointment belongs to another salesperson.</source>
        <translation>Lịch hẹn này thuộc về nhân viên bán hàng khác.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers/appointments.py" line="249" />
        <location filename="../../salesapp/services/customers/appointments.py" line="340" />
        <source>This meeting took place already: its outcome is recorded.</source>
        <translation>Cuộc hẹn này đã diễn ra: kết quả đã được ghi lại.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers/appointments.py" line="291" />
        <source>Enter how the meeting went.</source>
        <translation>Hãy nhập kết quả cuộc hẹn.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers/appointments.py" line="299" />
        <source>This meeting has not started yet: record its outcome afterwards.</source>
        <translation>Cuộc hẹn này chưa bắt đầu: hãy ghi kết quả sau khi gặp.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers/customer_profile.py" line="163" />
        <source>Write what was said or done.</source>
        <translation>Hãy ghi lại đã trao đổi hoặc làm gì.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers/customer_profile.py" line="180" />
        <source>This field cannot be edited here.</source>
        <translation>Không thể sửa trường này tại đây.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers/customer_service.py" line="74" />
        <location filename="../../salesapp/services/followup/intake.py" line="138" />
        <source>Enter the customer's name.</source>
        <translation>Hãy nhập tên khách hàng.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers/customer_service.py" line="88" />
        <source>“{text}” is not a postcode.</source>
        <translation>“{text}” không phải là mã bưu chính.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers/customer_service.py" line="118" />
        <source>This customer belongs to another salesperson.</source>
        <translation>Khách hàng này thuộc về nhân viên bán hàng khác.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers/handover.py" line="84" />
        <source>Only a manager can hand over or take back customers.</source>
        <translation>Chỉ quản lý mới được giao hoặc thu hồi khách hàng.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers/handover.py" line="137" />
        <source>{name} cannot receive customers: the account is disabled or not a sales account.</source>
        <translation>{name} không thể nhận khách hàng: tài khoản đã bị khóa hoặc không phải tài khoản bán hàng.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers/handover.py" line="237" />
        <source>Enter the reason for taking these customers back.</source>
        <translation>Hãy nhập lý do thu hồi các khách hàng này.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers/handover.py" line="296" />
        <source>These customers no longer exist: they were deleted on another desktop.</source>
        <translation>Những khách hàng này không còn nữa: họ đã bị xóa trên một máy khác.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers/handover.py" line="299" />
        <source>One of the selected customers was changed by someone else since you selected it: reload and try again.</source>
        <translation>Một khách hàng đã chọn vừa được người khác sửa sau khi bạn chọn: hãy tải lại rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers/handover.py" line="302" />
        <source>{count} of the selected customers were changed by someone else since you selected them: reload and try again.</source>
        <translation>{count} khách hàng đã chọn vừa được người khác sửa sau khi bạn chọn: hãy tải lại rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers/pools.py" line="33" />
        <source>This pool no longer exists: it was deleted on another desktop.</source>
        <translation>Kho này không còn nữa: đã bị xóa trên máy khác.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers/pools.py" line="80" />
        <source>Only a manager can change the customer pools.</source>
        <translation>Chỉ quản lý mới được thay đổi các kho khách hàng.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers/pools.py" line="108" />
        <source>Enter the pool's name.</source>
        <translation>Nhập tên kho.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers/pools.py" line="111" />
        <source>A pool “{text}” already exists.</source>
        <translation>Đã có kho “{text}”.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers/pools.py" line="151" />
        <source>The default pool cannot be deleted: customers land there when no pool is named.</source>
        <translation>Không thể xóa kho mặc định: khách hàng vào kho này khi không chỉ định kho nào.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers/segments.py" line="53" />
        <location filename="../../salesapp/services/lists/_segments.py" line="55" />
        <source>Enter the segment's name.</source>
        <translation>Hãy nhập tên nhóm khách hàng.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers/segments.py" line="55" />
        <location filename="../../salesapp/services/lists/_segments.py" line="68" />
        <source>Only managers can share a segment with everyone.</source>
        <translation>Chỉ quản lý mới được chia sẻ nhóm khách hàng với mọi người.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers/segments.py" line="79" />
        <source>Only managers can delete a shared segment.</source>
        <translation>Chỉ quản lý mới được xóa nhóm khách hàng dùng chung.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers/tags.py" line="40" />
        <source>Only a manager can add a tag: tags are shared by the whole office.</source>
        <translation>Chỉ quản lý mới thêm được thẻ: thẻ dùng chung cho cả văn phòng.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers/tags.py" line="43" />
        <location filename="../../salesapp/services/lists/_tags.py" line="56" />
        <source>Enter the tag's name.</source>
        <translation>Hãy nhập tên thẻ.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers/tags.py" line="45" />
        <source>“{text}” is not a colour.</source>
        <translation>“{text}” không phải là màu hợp lệ.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/customers/tags.py" line="50" />
        <source>A tag “{text}” already exists.</source>
        <translation>Thẻ “{text}” đã tồn tại.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/followup/followups.py" line="48" />
        <location filename="../../salesapp/services/followup/followups.py" line="76" />
        <location filename="../../salesapp/services/followup/followups.py" line="96" />
        <location filename="../../salesapp/services/followup/intake.py" line="199" />
        <source>This follow-up belongs to another salesperson.</source>
        <translation>Mục theo dõi này thuộc về nhân viên bán hàng khác.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/followup/followups.py" line="254" />
        <source>The next follow-up time has passed. Choose a later time, or “Now” to follow up now.</source>
        <translation>Thời gian theo dõi tiếp theo đã qua. Hãy chọn thời gian muộn hơn, hoặc bấm “Bây giờ” để theo dõi ngay.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/followup/followups.py" line="271" />
        <source>Write a note or choose the next follow-up time.</source>
        <translation>Hãy viết ghi chú hoặc chọn thời gian theo dõi tiếp theo.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/followup/followups.py" line="276" />
        <source>This follow-up is closed; a manager can reopen it.</source>
        <translation>Mục theo dõi này đã đóng; quản lý có thể mở lại.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/followup/followups.py" line="342" />
        <source>This follow-up is already closed.</source>
        <translation>Mục theo dõi này đã đóng rồi.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/followup/followups.py" line="362" />
        <source>Only a manager can reopen a closed follow-up.</source>
        <translation>Chỉ quản lý mới được mở lại mục theo dõi đã đóng.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/followup/followups.py" line="367" />
        <source>This follow-up is open.</source>
        <translation>Mục theo dõi này đang mở.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/followup/intake.py" line="89" />
        <source>This phone number belongs to a customer of {owner}. Pass the request on to them.</source>
        <translation>Số điện thoại này thuộc về khách hàng của {owner}. Hãy chuyển yêu cầu này cho người phụ trách.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/followup/intake.py" line="140" />
        <source>Enter the customer's phone number.</source>
        <translation>Hãy nhập số điện thoại của khách hàng.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/followup/intake.py" line="151" />
        <source>The time received cannot be in the future.</source>
        <translation>Thời gian nhận không được ở tương lai.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/followup/intake.py" line="166" />
        <location filename="../../salesapp/ui/followup/_intake_dialogs.py" line="140" />
        <source>Enter the amount transferred.</source>
        <translation>Hãy nhập số tiền đã chuyển.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/followup/intake.py" line="169" />
        <source>Enter the bank the money was sent from.</source>
        <translation>Hãy nhập ngân hàng đã chuyển tiền.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/followup/intake.py" line="172" />
        <source>The transfer time cannot be in the future.</source>
        <translation>Thời gian chuyển khoản không được ở tương lai.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/followup/intake.py" line="261" />
        <source>Order {order} belongs to another salesperson: choose one of your own orders.</source>
        <translation>Đơn hàng {order} thuộc về nhân viên bán hàng khác: hãy chọn một đơn hàng của bạn.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/followup/intake.py" line="272" />
        <source>Order {order} is already paid by payment notice {notice}.</source>
        <translation>Đơn hàng {order} đã được thanh toán theo thông báo chuyển khoản {notice}.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/lists/_channels.py" line="65" />
        <source>Choose a channel from the list.</source>
        <translation>Chọn kênh trong danh sách.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/lists/_channels.py" line="71" />
        <source>Keep at least one channel offered.</source>
        <translation>Giữ lại ít nhất một kênh được dùng.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/lists/_labels.py" line="36" />
        <source>“{text}” is no longer in the list: it was changed on another desktop.</source>
        <translation>“{text}” không còn trong danh sách: đã được thay đổi trên máy khác.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/lists/_labels.py" line="73" />
        <source>Enter a name.</source>
        <translation>Nhập tên.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/lists/_labels.py" line="77" />
        <source>“{text}” is already in the list: merge into it instead.</source>
        <translation>“{text}” đã có trong danh sách: hãy gộp vào mục đó.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/lists/_labels.py" line="101" />
        <location filename="../../salesapp/services/lists/_tags.py" line="80" />
        <source>Choose another entry to merge into.</source>
        <translation>Chọn một mục khác để gộp vào.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/lists/_segments.py" line="48" />
        <source>Only managers can change a shared segment.</source>
        <translation>Chỉ quản lý mới được thay đổi nhóm khách hàng dùng chung.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/lists/_tags.py" line="63" />
        <source>A tag “{text}” already exists: merge into it instead.</source>
        <translation>Đã có thẻ “{text}”: hãy gộp vào thẻ đó.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/lists/lists_service.py" line="42" />
        <source>Only a manager can change these lists.</source>
        <translation>Chỉ quản lý mới được thay đổi các danh sách này.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/lists/lists_service.py" line="49" />
        <source>Choose an entry from the list.</source>
        <translation>Chọn một mục trong danh sách.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/lists/lists_service.py" line="72" />
        <source>This list cannot be changed that way.</source>
        <translation>Không thể thay đổi danh sách này theo cách đó.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/messaging/accounts.py" line="49" />
        <source>Only an administrator can change the messaging accounts.</source>
        <translation>Chỉ quản trị viên mới đổi được tài khoản gửi tin.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/messaging/accounts.py" line="50" />
        <source>This computer has no keyring to keep the password in; nothing was saved.</source>
        <translation>Máy này không có kho mật khẩu để giữ mật khẩu; chưa lưu gì cả.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/messaging/accounts.py" line="87" />
        <source>Enter the mail server's name.</source>
        <translation>Nhập tên máy chủ email.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/messaging/accounts.py" line="89" />
        <source>The port is a number from 1 to 65535.</source>
        <translation>Cổng là số từ 1 đến 65535.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/messaging/accounts.py" line="104" />
        <location filename="../../salesapp/services/messaging/accounts.py" line="109" />
        <source>Enter the gateway's address (starting with https://).</source>
        <translation>Nhập địa chỉ của cổng (bắt đầu bằng https://).</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/messaging/adapters/http.py" line="16" />
        <source>The provider could not be reached ({detail}).</source>
        <translation>Không kết nối được nhà cung cấp ({detail}).</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/messaging/adapters/http.py" line="17" />
        <source>The provider did not answer in time; the message may have been sent.</source>
        <translation>Nhà cung cấp không trả lời kịp; tin có thể đã được gửi.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/messaging/adapters/http.py" line="18" />
        <source>The provider answered with an error (HTTP {status}): {detail}</source>
        <translation>Nhà cung cấp báo lỗi (HTTP {status}): {detail}</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/messaging/adapters/sms_gateways.py" line="19" />
        <source>The SMS gateway refused the message: {detail}</source>
        <translation>Cổng SMS từ chối tin nhắn: {detail}</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/messaging/adapters/smtp.py" line="21" />
        <source>The mail server refused the message: {detail}</source>
        <translation>Máy chủ email từ chối thư: {detail}</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/messaging/adapters/smtp.py" line="22" />
        <source>The mail server refused the user name or password.</source>
        <translation>Máy chủ email không chấp nhận tên đăng nhập hoặc mật khẩu.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/messaging/adapters/smtp.py" line="23" />
        <source>The mail server could not be reached ({detail}).</source>
        <translation>Không kết nối được máy chủ email ({detail}).</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/messaging/adapters/smtp.py" line="24" />
        <source>The connection to the mail server broke while sending; the message may have been sent.</source>
        <translation>Kết nối tới máy chủ email bị ngắt khi đang gửi; thư có thể đã được gửi.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/messaging/one_message.py" line="67" />
        <source>Write the message.</source>
        <translation>Hãy viết nội dung tin.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/messaging/one_message.py" line="70" />
        <source>Write a subject.</source>
        <translation>Hãy viết tiêu đề.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/messaging/one_message.py" line="73" />
        <source>The subject can be at most {max} characters.</source>
        <translation>Tiêu đề dài tối đa {max} ký tự.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/messaging/one_message.py" line="77" />
        <location filename="../../salesapp/services/messaging/one_message.py" line="103" />
        <source>The message can be at most {max} characters.</source>
        <translation>Nội dung dài tối đa {max} ký tự.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/messaging/one_message.py" line="81" />
        <source>At most {max} files can be attached.</source>
        <translation>Chỉ đính kèm được tối đa {max} tệp.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/messaging/one_message.py" line="86" />
        <source>The attached files come to {size} MB; at most {max} MB can be sent.</source>
        <translation>Các tệp đính kèm nặng {size} MB; chỉ gửi được tối đa {max} MB.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/messaging/one_message.py" line="96" />
        <source>The SMS would take {parts} parts; at most {max} are sent.</source>
        <translation>Tin SMS này cần {parts} tin; chỉ gửi được tối đa {max} tin.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/messaging/one_message.py" line="217" />
        <source>Only a failed or unknown message can be sent again.</source>
        <translation>Chỉ gửi lại được tin gửi không được hoặc chưa rõ kết quả.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/messaging/sender.py" line="26" />
        <source>Sending stopped on an unexpected error: {detail}</source>
        <translation>Việc gửi dừng lại do lỗi không mong muốn: {detail}</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/opportunities/opportunity_service.py" line="48" />
        <location filename="../../salesapp/services/opportunities/opportunity_service.py" line="98" />
        <source>This opportunity belongs to another salesperson.</source>
        <translation>Cơ hội này thuộc về nhân viên bán hàng khác.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/opportunities/opportunity_service.py" line="62" />
        <source>Enter a title for the opportunity.</source>
        <translation>Hãy nhập tiêu đề cho cơ hội.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/opportunities/opportunity_service.py" line="64" />
        <source>A title has at most {count} characters.</source>
        <translation>Tiêu đề chỉ được tối đa {count} ký tự.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/opportunities/opportunity_service.py" line="68" />
        <source>Choose Thai baht or Vietnamese đồng.</source>
        <translation>Hãy chọn baht Thái hoặc đồng Việt Nam.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/opportunities/opportunity_service.py" line="195" />
        <location filename="../../salesapp/services/opportunities/opportunity_stages.py" line="39" />
        <source>This stage no longer exists: it was deleted on another desktop.</source>
        <translation>Giai đoạn này không còn nữa: nó đã bị xóa trên một máy khác.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/opportunities/opportunity_service.py" line="208" />
        <location filename="../../salesapp/services/opportunities/opportunity_service.py" line="325" />
        <source>Only managers can give an opportunity to another salesperson.</source>
        <translation>Chỉ quản lý mới được giao cơ hội cho nhân viên bán hàng khác.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/opportunities/opportunity_service.py" line="213" />
        <source>Choose an active salesperson as the owner.</source>
        <translation>Hãy chọn một nhân viên bán hàng đang hoạt động làm người phụ trách.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/opportunities/opportunity_service.py" line="279" />
        <source>A new opportunity starts in an open stage: win or lose it afterwards.</source>
        <translation>Cơ hội mới phải bắt đầu ở một giai đoạn đang mở: đánh dấu thành công hay thất bại sau đó.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/opportunities/opportunity_service.py" line="379" />
        <source>Use “Won” or “Lost” to close an opportunity.</source>
        <translation>Hãy dùng “Thành công” hoặc “Thất bại” để đóng cơ hội.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/opportunities/opportunity_service.py" line="382" />
        <source>This opportunity is closed: a manager can reopen it.</source>
        <translation>Cơ hội này đã đóng: quản lý có thể mở lại.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/opportunities/opportunity_service.py" line="405" />
        <source>This opportunity is closed already.</source>
        <translation>Cơ hội này đã đóng rồi.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/opportunities/opportunity_service.py" line="423" />
        <source>Choose or type why the opportunity was lost.</source>
        <translation>Hãy chọn hoặc nhập lý do cơ hội thất bại.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/opportunities/opportunity_service.py" line="435" />
        <source>Only managers can reopen a closed opportunity.</source>
        <translation>Chỉ quản lý mới được mở lại cơ hội đã đóng.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/opportunities/opportunity_service.py" line="440" />
        <source>This opportunity is open already.</source>
        <translation>Cơ hội này đang mở rồi.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/opportunities/opportunity_service.py" line="445" />
        <source>Reopen it into an open stage.</source>
        <translation>Hãy mở lại vào một giai đoạn đang mở.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/opportunities/opportunity_service.py" line="481" />
        <source>Write the note first.</source>
        <translation>Hãy viết ghi chú trước.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/opportunities/opportunity_service.py" line="483" />
        <source>A call lasts 0 to 24 hours.</source>
        <translation>Cuộc gọi chỉ kéo dài từ 0 đến 24 giờ.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/opportunities/opportunity_stages.py" line="58" />
        <source>Only managers can change the pipeline's settings.</source>
        <translation>Chỉ quản lý mới được thay đổi cài đặt quy trình bán hàng.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/opportunities/opportunity_stages.py" line="253" />
        <source>The stages were changed on another desktop. Reload them and try again.</source>
        <translation>Các giai đoạn đã bị thay đổi trên một máy khác. Hãy tải lại rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/opportunities/opportunity_stages.py" line="320" />
        <source>Keep at least one reason.</source>
        <translation>Hãy giữ ít nhất một lý do.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/orders/_order_detail.py" line="23" />
        <source>This order no longer exists: it was deleted on another desktop.</source>
        <translation>Đơn hàng này không còn nữa: đã bị xóa trên máy khác.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/orders/new_order.py" line="98" />
        <source>An order can have at most {max} lines.</source>
        <translation>Một đơn hàng chỉ được có tối đa {max} dòng.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/orders/new_order.py" line="108" />
        <source>Choose a payment method from the list.</source>
        <translation>Chọn phương thức thanh toán trong danh sách.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/orders/new_order.py" line="218" />
        <source>A unit of this order is no longer in the catalogue. Choose the product again.</source>
        <translation>Một đơn vị trong đơn hàng này không còn trong danh mục sản phẩm. Hãy chọn lại sản phẩm.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/orders/new_order.py" line="223" />
        <source>The unit “{unit}” is not sold for this product.</source>
        <translation>Sản phẩm này không bán theo đơn vị “{unit}”.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/orders/new_order.py" line="228" />
        <source>“{product}” is no longer sold.</source>
        <translation>“{product}” không còn được bán.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/orders/new_order.py" line="232" />
        <source>“{product}” ({unit}) is priced in {unit_currency}, not in {currency}.</source>
        <translation>“{product}” ({unit}) có giá bằng {unit_currency}, không phải {currency}.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/orders/order_lifecycle.py" line="56" />
        <source>This order belongs to another salesperson.</source>
        <translation>Đơn hàng này thuộc về nhân viên bán hàng khác.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/orders/order_lifecycle.py" line="58" />
        <location filename="../../salesapp/services/upsell/upsell_claim.py" line="209" />
        <source>Select at most {max} orders at once.</source>
        <translation>Mỗi lần chỉ được chọn tối đa {max} đơn hàng.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/orders/order_lifecycle.py" line="59" />
        <location filename="../../salesapp/services/upsell/upsell_claim.py" line="207" />
        <source>Select at least one order.</source>
        <translation>Hãy chọn ít nhất một đơn hàng.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/shared/acting.py" line="27" />
        <source>Your account has been disabled, so nothing can be read or changed. Ask an administrator.</source>
        <translation>Tài khoản của bạn đã bị vô hiệu hóa nên không thể xem hay thay đổi gì. Hãy liên hệ quản trị viên.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/shared/acting.py" line="28" />
        <source>Your account no longer exists, so nothing can be read or changed. Ask an administrator.</source>
        <translation>Tài khoản của bạn không còn tồn tại nên không thể xem hay thay đổi gì. Hãy liên hệ quản trị viên.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/shared/export_table.py" line="81" />
        <source>The file {path} cannot be written: {detail}</source>
        <translation>Không ghi được tệp {path}: {detail}</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/shared/hidden.py" line="17" />
        <source>This record belongs to another salesperson.</source>
        <translation>Bản ghi này thuộc về nhân viên bán hàng khác.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/shared/history.py" line="44" />
        <source>Only a manager can read the history of any record.</source>
        <translation>Chỉ quản lý mới xem được lịch sử của bất kỳ bản ghi nào.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/shared/import_table.py" line="36" />
        <source>The file's text encoding could not be recognised (it is not UTF-8, UTF-16 with a byte-order mark, Thai or Vietnamese Windows text). Save it as “CSV UTF-8” and choose it again.</source>
        <translation>Không nhận ra bảng mã văn bản của tệp (không phải UTF-8, UTF-16 có BOM, hay văn bản tiếng Thái hoặc tiếng Việt của Windows). Hãy lưu tệp dưới dạng “CSV UTF-8” rồi chọn lại.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/shared/import_table.py" line="40" />
        <source>Line {line} of the file has bytes that are not UTF-8 text: the file is damaged. Save it again as “CSV UTF-8” and choose it again.</source>
        <translation>Dòng {line} của tệp có byte không phải văn bản UTF-8: tệp bị hỏng. Hãy lưu lại tệp dưới dạng “CSV UTF-8” rồi chọn lại.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/shared/import_table.py" line="174" />
        <source>Line {line} of the file cannot be read: {detail}</source>
        <translation>Không đọc được dòng {line} của tệp: {detail}</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/shared/import_table.py" line="213" />
        <source>{path} is not an Excel workbook (.xlsx) that can be read.</source>
        <translation>{path} không phải là tệp Excel (.xlsx) đọc được.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/shared/import_table.py" line="248" />
        <source>Old Excel files (.xls) cannot be read: save the file as .xlsx or .csv in Excel first.</source>
        <translation>Không đọc được tệp Excel cũ (.xls): hãy lưu tệp thành .xlsx hoặc .csv trong Excel trước.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/shared/import_table.py" line="266" />
        <source>The file {path} cannot be read: {detail}</source>
        <translation>Không đọc được tệp {path}: {detail}</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/shared/import_table.py" line="269" />
        <source>The file has no rows.</source>
        <translation>Tệp không có dòng nào.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/shared/usage.py" line="9" />
        <source>Meanwhile the number of records using it changed: it is now {count}. Nothing was changed: confirm again.</source>
        <translation>Trong lúc đó số bản ghi đang dùng đã thay đổi: giờ là {count}. Chưa có gì thay đổi: hãy xác nhận lại.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/upsell/_upsell_common.py" line="17" />
        <source>This upsell case no longer exists: it was deleted on another desktop.</source>
        <translation>Mục upsell này không còn nữa: nó đã bị xóa trên một máy khác.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/upsell/_upsell_common.py" line="18" />
        <source>This upsell case is assigned to another salesperson.</source>
        <translation>Mục upsell này đã được giao cho nhân viên bán hàng khác.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/upsell/_upsell_common.py" line="19" />
        <source>Only a manager can do this.</source>
        <translation>Chỉ quản lý mới được làm việc này.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/upsell/_upsell_common.py" line="46" />
        <source>This upsell case is not assigned to you: request work first.</source>
        <translation>Mục upsell này không được giao cho bạn: hãy nhận việc trước.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/upsell/_upsell_notes.py" line="40" />
        <source>Only the note's author or a manager can delete it.</source>
        <translation>Chỉ người viết ghi chú hoặc quản lý mới được xóa.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/upsell/_upsell_notes.py" line="41" />
        <source>This note no longer exists: it was deleted on another desktop.</source>
        <translation>Ghi chú này không còn nữa: nó đã bị xóa trên một máy khác.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/upsell/_upsell_notes.py" line="50" />
        <source>A note can carry at most {max} images; you attached {count}.</source>
        <translation>Mỗi ghi chú chỉ được kèm tối đa {max} ảnh; bạn đã đính kèm {count} ảnh.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/upsell/_upsell_notes.py" line="150" />
        <source>Write a note or attach an image.</source>
        <translation>Hãy viết ghi chú hoặc đính kèm ảnh.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/upsell/_upsell_notes.py" line="290" />
        <source>Calls are logged on cases being worked on (assigned or follow-up).</source>
        <translation>Chỉ ghi cuộc gọi cho các mục đang được xử lý (đã giao hoặc đang theo dõi).</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/upsell/_upsell_notes.py" line="317" />
        <source>This call no longer exists.</source>
        <translation>Cuộc gọi này không còn nữa.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/upsell/_upsell_notes.py" line="319" />
        <source>Only the person who made the call can stop it.</source>
        <translation>Chỉ người thực hiện cuộc gọi mới được kết thúc cuộc gọi.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/upsell/_upsell_notes.py" line="321" />
        <location filename="../../salesapp/services/upsell/_upsell_notes.py" line="331" />
        <source>This call has already been stopped.</source>
        <translation>Cuộc gọi này đã kết thúc rồi.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/upsell/upsell_cases.py" line="290" />
        <source>The next call time has passed. Choose a later time.</source>
        <translation>Thời gian gọi lại đã qua. Hãy chọn thời gian muộn hơn.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/upsell/upsell_cases.py" line="331" />
        <source>Choose at least one product the customer added.</source>
        <translation>Hãy chọn ít nhất một sản phẩm khách đã mua thêm.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/upsell/upsell_cases.py" line="342" />
        <source>Order {number} has already been packed, shipped or closed: products can no longer be added to it.</source>
        <translation>Đơn hàng {number} đã được đóng gói, giao đi hoặc đã đóng: không thể thêm sản phẩm nữa.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/upsell/upsell_cases.py" line="432" />
        <source>Order {number} is not confirmed yet. Confirm it in Orders first, then skip the upsell to send it to shipping.</source>
        <translation>Đơn hàng {number} chưa được xác nhận. Hãy xác nhận đơn trong mục Đơn hàng trước, rồi bỏ qua upsell để chuyển đơn sang giao hàng.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/upsell/upsell_cases.py" line="490" />
        <source>A case can carry at most {max} tags.</source>
        <translation>Mỗi mục chỉ được gắn tối đa {max} thẻ.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/upsell/upsell_cases.py" line="542" />
        <source>Give a reason.</source>
        <translation>Hãy nêu lý do.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/upsell/upsell_cases.py" line="554" />
        <source>“{reason}” is not in the list of reasons any more. Choose one from the list.</source>
        <translation>“{reason}” không còn trong danh sách lý do. Hãy chọn một lý do trong danh sách.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/upsell/upsell_claim.py" line="46" />
        <source>You already hold {count} open upsell cases, the most allowed. Finish some first.</source>
        <translation>Bạn đang giữ {count} mục upsell đang mở, là số tối đa cho phép. Hãy hoàn thành bớt trước.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/upsell/upsell_claim.py" line="221" />
        <source>An order you selected no longer exists. Reload the list.</source>
        <translation>Một đơn hàng bạn đã chọn không còn nữa. Hãy tải lại danh sách.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/upsell/upsell_claim.py" line="226" />
        <source>Order {number} is no longer awaiting confirmation, so it cannot enter the upsell queue.</source>
        <translation>Đơn hàng {number} không còn ở trạng thái chờ xác nhận nên không thể đưa vào hàng chờ upsell.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/upsell/upsell_claim.py" line="374" />
        <source>Select at least one upsell case.</source>
        <translation>Hãy chọn ít nhất một mục upsell.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/upsell/upsell_claim.py" line="377" />
        <source>Choose an active staff member.</source>
        <translation>Hãy chọn một nhân viên đang hoạt động.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/upsell/upsell_claim.py" line="390" />
        <source>{name} holds {count} open upsell cases; the most is {max}. Assign fewer cases.</source>
        <translation>{name} đang giữ {count} mục upsell đang mở; tối đa là {max}. Hãy giao ít mục hơn.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/upsell/upsell_claim.py" line="414" />
        <source>{count} of the selected cases are no longer pending (someone took them). Nothing was assigned; reload the list and choose again.</source>
        <translation>{count} mục đã chọn không còn chờ xử lý (đã có người nhận). Chưa giao mục nào; hãy tải lại danh sách và chọn lại.</translation>
    </message>
    <message>
        <location filename="../../salesapp/services/upsell/upsell_settings.py" line="65" />
        <source>Only a manager can change the upsell settings.</source>
        <translation>Chỉ quản lý mới được thay đổi cài đặt upsell.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/catalogue/_units_editor.py" line="176" />
        <source>The price of “{unit}” is not an amount: “{text}”.</source>
        <translation>Giá của “{unit}” không phải số tiền: “{text}”.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_intake_dialogs.py" line="54" />
        <location filename="../../salesapp/ui/upsell/_upsell_notes.py" line="37" />
        <source>“{name}” cannot be read: {detail}</source>
        <translation>Không đọc được “{name}”: {detail}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/followup/_intake_dialogs.py" line="143" />
        <source>Enter when the money was transferred.</source>
        <translation>Hãy nhập thời gian chuyển tiền.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/opportunity_dialog.py" line="223" />
        <source>Choose the customer first.</source>
        <translation>Hãy chọn khách hàng trước.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/opportunities/opportunity_dialog.py" line="227" />
        <source>Type the date as dd/mm/yyyy.</source>
        <translation>Hãy nhập ngày theo dạng dd/mm/yyyy.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/_order_dialogs.py" line="26" />
        <source>Type or pick the packing date.</source>
        <translation>Hãy nhập hoặc chọn ngày đóng gói.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/orders/bill_dialog.py" line="305" />
        <source>Choose a product.</source>
        <translation>Hãy chọn một sản phẩm.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/shared/i18n.py" line="97" />
        <source>Something went wrong: {detail}</source>
        <translation>Đã xảy ra lỗi: {detail}</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_dialogs.py" line="61" />
        <source>Say why the customer is to be called again.</source>
        <translation>Hãy cho biết vì sao cần gọi lại cho khách.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_dialogs.py" line="67" />
        <source>Choose when to call again.</source>
        <translation>Hãy chọn thời gian gọi lại.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_dialogs.py" line="97" />
        <source>Choose a reason.</source>
        <translation>Hãy chọn lý do.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_dialogs.py" line="150" />
        <source>Add the products the customer bought.</source>
        <translation>Hãy thêm sản phẩm khách đã mua.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_dialogs.py" line="181" />
        <source>Choose a staff member.</source>
        <translation>Hãy chọn một nhân viên.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_notes.py" line="36" />
        <source>A note can carry at most {max} images.</source>
        <translation>Mỗi ghi chú chỉ được kèm tối đa {max} ảnh.</translation>
    </message>
    <message>
        <location filename="../../salesapp/ui/upsell/_upsell_settings_dialog.py" line="298" />
        <source>The order total “{text}” is not an amount.</source>
        <translation>Tổng tiền đơn “{text}” không phải là số tiền hợp lệ.</translation>
    </message>
</context>
</TS>

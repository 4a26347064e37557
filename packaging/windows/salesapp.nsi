; salesapp setup for Windows: NSIS 3, Modern UI 2, Unicode, in English, Thai and Vietnamese.
;
; packaging/build.py compiles it (`makensis -INPUTCHARSET UTF8 -DVERSION=... salesapp.nsi`) with:
;   VERSION      salesapp's version ("0.1.0"); VERSION4 the same as four numbers ("0.1.0.0")
;   PUBLISHER    the publisher shown in Apps & features
;   FROZEN       the PyInstaller one-folder build to install (salesapp.exe, _internal\, THIRD_PARTY_NOTICES.txt)
;   EXE          the executable's name in FROZEN: "salesapp.exe" ("salesapp" when the script is checked
;                against a Linux build, which packs the files but is no working Windows app)
;   NOTICES      the notices file's name in FROZEN
;   ICON         resources\icons\app\salesapp.ico
;   OUTFILE      where to write salesapp-<version>-setup.exe
;   FAST         (optional) zlib instead of solid LZMA: a quick compile for CI checks
;   SIGN_PYTHON, SIGN_SCRIPT  (optional) sign the uninstaller with `SIGN_PYTHON SIGN_SCRIPT --sign-file`
;
; Install modes. Per user (the default, no administrator rights): into %LOCALAPPDATA%\Programs\salesapp,
; shortcuts and the Apps & features entry for this user only (HKCU). All users (when the setup runs as
; administrator): into Program Files, entry under HKLM. /CURRENTUSER or /ALLUSERS on the command line
; choose explicitly; /S installs silently; /D=<folder> (last) sets the folder.
;
; The user's data never lives in the program folder: salesapp/paths.py puts the database, its backups,
; the settings and the logs in %LOCALAPPDATA%\salesapp\salesapp (appdirs' user data, config and log
; folders on Windows). Installing over an older version replaces the program files and keeps the data
; (salesapp upgrades the schema at its next start, after a backup). The uninstaller removes the data only
; when "Also remove my data" is ticked, or with /REMOVEDATA on a silent uninstall (/S).

!macro REQUIRE_DEFINE NAME
  !ifndef ${NAME}
    !error "define ${NAME} with -D${NAME}=...: packaging/build.py passes it"
  !endif
!macroend
!insertmacro REQUIRE_DEFINE VERSION
!insertmacro REQUIRE_DEFINE VERSION4
!insertmacro REQUIRE_DEFINE PUBLISHER
!insertmacro REQUIRE_DEFINE FROZEN
!insertmacro REQUIRE_DEFINE EXE
!insertmacro REQUIRE_DEFINE NOTICES
!insertmacro REQUIRE_DEFINE ICON
!insertmacro REQUIRE_DEFINE OUTFILE

Unicode true
ManifestDPIAware true
RequestExecutionLevel user
!ifdef FAST
  SetCompress off
!else
  SetCompressor /SOLID lzma
  SetCompressorDictSize 64
!endif
!ifdef SIGN_PYTHON & SIGN_SCRIPT
  !uninstfinalize '"${SIGN_PYTHON}" "${SIGN_SCRIPT}" --sign-file "%1"' = 0
!endif

!define APP "salesapp"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP}"
!define APP_KEY "Software\${APP}"
!define UNINSTALLER "uninstall.exe"

Name "${APP}"
OutFile "${OUTFILE}"
BrandingText "${APP} ${VERSION}"

!include MUI2.nsh
!include LogicLib.nsh
!include FileFunc.nsh
!include Sections.nsh

; 1 when installing or uninstalling for all users, 0 for the current user.
Var AllUsers

;--- Modern UI -------------------------------------------------------------------------------------------

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_UNABORTWARNING
!define MUI_COMPONENTSPAGE_SMALLDESC
; The language dialog lists all three languages whatever the system's code page, and the choice is kept
; for the uninstaller and the next update.
!define MUI_LANGDLL_ALLLANGUAGES
!define MUI_LANGDLL_REGISTRY_ROOT HKCU
!define MUI_LANGDLL_REGISTRY_KEY "${APP_KEY}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "InstallerLanguage"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN
!define MUI_FINISHPAGE_RUN_FUNCTION LaunchApp
!insertmacro MUI_PAGE_FINISH

!define MUI_COMPONENTSPAGE_TEXT_TOP "$(UN_COMPONENTS_TOP)"
!insertmacro MUI_UNPAGE_COMPONENTS
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "Thai"
!insertmacro MUI_LANGUAGE "Vietnamese"
!insertmacro MUI_RESERVEFILE_LANGDLL

; The setup's own file properties.
VIProductVersion "${VERSION4}"
VIFileVersion "${VERSION4}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductName" "${APP}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileDescription" "${APP} ${VERSION} setup"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "LegalCopyright" "© ${PUBLISHER}"

;--- Strings ---------------------------------------------------------------------------------------------

LangString SEC_PROGRAM ${LANG_ENGLISH} "salesapp (required)"
LangString SEC_PROGRAM ${LANG_THAI} "salesapp (จำเป็น)"
LangString SEC_PROGRAM ${LANG_VIETNAMESE} "salesapp (bắt buộc)"

LangString SEC_DESKTOP ${LANG_ENGLISH} "Desktop shortcut"
LangString SEC_DESKTOP ${LANG_THAI} "ทางลัดบนเดสก์ท็อป"
LangString SEC_DESKTOP ${LANG_VIETNAMESE} "Lối tắt trên màn hình nền"

LangString DESC_PROGRAM ${LANG_ENGLISH} "The program, a Start-menu shortcut and its entry in Apps & features."
LangString DESC_PROGRAM ${LANG_THAI} "ตัวโปรแกรม ทางลัดในเมนู Start และรายการใน $\"แอปและฟีเจอร์$\""
LangString DESC_PROGRAM ${LANG_VIETNAMESE} "Chương trình, lối tắt trong menu Start và mục trong $\"Ứng dụng và tính năng$\"."

LangString DESC_DESKTOP ${LANG_ENGLISH} "A salesapp shortcut on the desktop."
LangString DESC_DESKTOP ${LANG_THAI} "ทางลัดไปยัง salesapp บนเดสก์ท็อป"
LangString DESC_DESKTOP ${LANG_VIETNAMESE} "Lối tắt đến salesapp trên màn hình nền."

LangString MSG_APP_RUNNING ${LANG_ENGLISH} "salesapp is running. Close it, then click Retry."
LangString MSG_APP_RUNNING ${LANG_THAI} "salesapp กำลังเปิดอยู่ โปรดปิดโปรแกรมแล้วกด $\"ลองใหม่$\""
LangString MSG_APP_RUNNING ${LANG_VIETNAMESE} "salesapp đang chạy. Hãy đóng chương trình rồi bấm $\"Thử lại$\"."

LangString MSG_REPLACING ${LANG_ENGLISH} "Replacing the program files of the installed version (your data stays)"
LangString MSG_REPLACING ${LANG_THAI} "กำลังแทนที่ไฟล์โปรแกรมของเวอร์ชันเดิม (ข้อมูลของคุณยังอยู่ครบ)"
LangString MSG_REPLACING ${LANG_VIETNAMESE} "Đang thay các tệp chương trình của phiên bản cũ (dữ liệu của bạn được giữ nguyên)"

LangString MSG_NEEDS_ADMIN ${LANG_ENGLISH} "Installing for all users needs administrator rights: right-click the setup and choose $\"Run as administrator$\"."
LangString MSG_NEEDS_ADMIN ${LANG_THAI} "การติดตั้งสำหรับผู้ใช้ทุกคนต้องใช้สิทธิ์ผู้ดูแลระบบ: คลิกขวาที่ไฟล์ติดตั้งแล้วเลือก $\"เรียกใช้ในฐานะผู้ดูแลระบบ$\""
LangString MSG_NEEDS_ADMIN ${LANG_VIETNAMESE} "Cài cho mọi người dùng cần quyền quản trị: nhấp chuột phải vào tệp cài đặt và chọn $\"Chạy với tư cách quản trị viên$\"."

LangString MSG_ALLUSERS_FOUND ${LANG_ENGLISH} "salesapp is installed for all users of this computer. Update that copy? This needs administrator rights.$\r$\n$\r$\nChoose No to install a separate copy for you only."
LangString MSG_ALLUSERS_FOUND ${LANG_THAI} "salesapp ติดตั้งไว้สำหรับผู้ใช้ทุกคนในเครื่องนี้แล้ว ต้องการอัปเดตชุดนั้นหรือไม่ (ต้องใช้สิทธิ์ผู้ดูแลระบบ)$\r$\n$\r$\nเลือก $\"ไม่ใช่$\" เพื่อติดตั้งอีกชุดหนึ่งสำหรับคุณเท่านั้น"
LangString MSG_ALLUSERS_FOUND ${LANG_VIETNAMESE} "salesapp đã được cài cho mọi người dùng trên máy này. Cập nhật bản đó? Việc này cần quyền quản trị.$\r$\n$\r$\nChọn $\"Không$\" để cài một bản riêng chỉ cho bạn."

LangString UN_SEC_PROGRAM ${LANG_ENGLISH} "salesapp program"
LangString UN_SEC_PROGRAM ${LANG_THAI} "โปรแกรม salesapp"
LangString UN_SEC_PROGRAM ${LANG_VIETNAMESE} "Chương trình salesapp"

LangString UN_SEC_DATA ${LANG_ENGLISH} "Also remove my data"
LangString UN_SEC_DATA ${LANG_THAI} "ลบข้อมูลของฉันด้วย"
LangString UN_SEC_DATA ${LANG_VIETNAMESE} "Xóa cả dữ liệu của tôi"

LangString UN_DESC_PROGRAM ${LANG_ENGLISH} "Removes the program files, the shortcuts and the entry in Apps & features."
LangString UN_DESC_PROGRAM ${LANG_THAI} "ลบไฟล์โปรแกรม ทางลัด และรายการใน $\"แอปและฟีเจอร์$\""
LangString UN_DESC_PROGRAM ${LANG_VIETNAMESE} "Gỡ các tệp chương trình, lối tắt và mục trong $\"Ứng dụng và tính năng$\"."

LangString UN_DESC_DATA ${LANG_ENGLISH} "Also deletes this computer's salesapp database, its backups, settings and logs (AppData\Local\salesapp) of the signed-in Windows user. This cannot be undone. Data on an office PostgreSQL server is not touched."
LangString UN_DESC_DATA ${LANG_THAI} "ลบฐานข้อมูล salesapp ในเครื่องนี้ ไฟล์สำรอง การตั้งค่า และบันทึกการทำงาน (AppData\Local\salesapp) ของผู้ใช้ Windows ที่ลงชื่อเข้าใช้อยู่ด้วย ย้อนกลับไม่ได้ ข้อมูลบนเซิร์ฟเวอร์ PostgreSQL ของสำนักงานจะไม่ถูกแตะต้อง"
LangString UN_DESC_DATA ${LANG_VIETNAMESE} "Xóa cả cơ sở dữ liệu salesapp trên máy này, các bản sao lưu, cài đặt và nhật ký (AppData\Local\salesapp) của người dùng Windows đang đăng nhập. Không thể hoàn tác. Dữ liệu trên máy chủ PostgreSQL của văn phòng không bị ảnh hưởng."

LangString UN_COMPONENTS_TOP ${LANG_ENGLISH} "Your customers, orders and settings stay on this computer unless you tick $\"Also remove my data$\"."
LangString UN_COMPONENTS_TOP ${LANG_THAI} "ข้อมูลลูกค้า คำสั่งซื้อ และการตั้งค่าของคุณจะยังอยู่ในเครื่องนี้ เว้นแต่คุณจะเลือก $\"ลบข้อมูลของฉันด้วย$\""
LangString UN_COMPONENTS_TOP ${LANG_VIETNAMESE} "Khách hàng, đơn hàng và cài đặt của bạn vẫn được giữ trên máy này, trừ khi bạn chọn $\"Xóa cả dữ liệu của tôi$\"."

;--- Install mode ----------------------------------------------------------------------------------------

!macro MODE_FUNCTIONS UN
  Function ${UN}UseAllUsers
    StrCpy $AllUsers 1
    SetShellVarContext all  ; $SMPROGRAMS, $DESKTOP of all users; SHCTX = HKLM
  FunctionEnd

  Function ${UN}UseCurrentUser
    StrCpy $AllUsers 0
    SetShellVarContext current  ; this user's $SMPROGRAMS, $DESKTOP; SHCTX = HKCU
  FunctionEnd
!macroend
!insertmacro MODE_FUNCTIONS ""
!insertmacro MODE_FUNCTIONS "un."

Function .onInit
  SetRegView 64
  !insertmacro MUI_LANGDLL_DISPLAY
  ${GetParameters} $R0
  ; "Admin" only when this process is elevated (run as administrator), not for an administrator's
  ; ordinary, filtered token: double-clicking installs for the current user.
  UserInfo::GetAccountType
  Pop $R1
  ${If} $R1 == "Admin"
    Call UseAllUsers
  ${Else}
    Call UseCurrentUser
  ${EndIf}
  ClearErrors
  ${GetOptions} $R0 "/ALLUSERS" $R2
  ${IfNot} ${Errors}
    ${If} $R1 != "Admin"
      MessageBox MB_OK|MB_ICONSTOP "$(MSG_NEEDS_ADMIN)" /SD IDOK
      SetErrorLevel 740  ; ERROR_ELEVATION_REQUIRED
      Quit
    ${EndIf}
    Call UseAllUsers
  ${EndIf}
  ClearErrors
  ${GetOptions} $R0 "/CURRENTUSER" $R2
  ${IfNot} ${Errors}
    Call UseCurrentUser
  ${ElseIf} $AllUsers == 0
    ; A copy installed for all users: offer to update it (elevated) rather than add a second copy.
    ReadRegStr $R3 HKLM "${UNINST_KEY}" "InstallLocation"
    ${If} $R3 != ""
      MessageBox MB_YESNO|MB_ICONQUESTION "$(MSG_ALLUSERS_FOUND)" /SD IDNO IDNO keep_current_user
      ExecShell "runas" "$EXEPATH" "/ALLUSERS"
      Quit
      keep_current_user:
    ${EndIf}
  ${EndIf}

  ; /D=<folder> on the command line wins; otherwise the folder of the installed version, if any.
  ${If} $INSTDIR == ""
    ReadRegStr $INSTDIR SHCTX "${UNINST_KEY}" "InstallLocation"
  ${EndIf}
  ${If} $INSTDIR == ""
    ${If} $AllUsers == 1
      StrCpy $INSTDIR "$PROGRAMFILES64\${APP}"
    ${Else}
      StrCpy $INSTDIR "$LOCALAPPDATA\Programs\${APP}"
    ${EndIf}
  ${EndIf}
FunctionEnd

Function LaunchApp
  ${If} $AllUsers == 1
    ; The setup runs elevated: start salesapp through Explorer so that it runs as the ordinary user.
    Exec '"$WINDIR\explorer.exe" "$INSTDIR\${EXE}"'
  ${Else}
    Exec '"$INSTDIR\${EXE}"'
  ${EndIf}
FunctionEnd

;--- Install ---------------------------------------------------------------------------------------------

Section "!$(SEC_PROGRAM)" SecProgram
  SectionIn RO
  SetOutPath "$INSTDIR"
  ${If} ${FileExists} "$INSTDIR\${EXE}"
    ; An older (or the same) version: its program files go first, so no stale library stays behind.
    DetailPrint "$(MSG_REPLACING)"
    replace_retry:
    ClearErrors
    Delete "$INSTDIR\${EXE}"
    ${If} ${Errors}
      MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(MSG_APP_RUNNING)" /SD IDCANCEL IDRETRY replace_retry
      Abort "$(MSG_APP_RUNNING)"
    ${EndIf}
    RMDir /r "$INSTDIR\_internal"
  ${EndIf}
  File /r "${FROZEN}\*"
  WriteUninstaller "$INSTDIR\${UNINSTALLER}"

  CreateShortcut "$SMPROGRAMS\${APP}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0
  Delete "$DESKTOP\${APP}.lnk"  ; an update without the desktop shortcut removes the old one

  ${If} $AllUsers == 1
    StrCpy $R0 "/ALLUSERS"
  ${Else}
    StrCpy $R0 "/CURRENTUSER"
  ${EndIf}
  WriteRegStr SHCTX "${UNINST_KEY}" "DisplayName" "${APP}"
  WriteRegStr SHCTX "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\${EXE},0"
  WriteRegStr SHCTX "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr SHCTX "${UNINST_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr SHCTX "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr SHCTX "${UNINST_KEY}" "UninstallString" '"$INSTDIR\${UNINSTALLER}" $R0'
  WriteRegStr SHCTX "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\${UNINSTALLER}" /S $R0'
  WriteRegDWORD SHCTX "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD SHCTX "${UNINST_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD SHCTX "${UNINST_KEY}" "EstimatedSize" $0
SectionEnd

Section "$(SEC_DESKTOP)" SecDesktop
  CreateShortcut "$DESKTOP\${APP}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0
SectionEnd

!insertmacro MUI_FUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${SecProgram} "$(DESC_PROGRAM)"
  !insertmacro MUI_DESCRIPTION_TEXT ${SecDesktop} "$(DESC_DESKTOP)"
!insertmacro MUI_FUNCTION_DESCRIPTION_END

;--- Uninstall -------------------------------------------------------------------------------------------

Section "un.$(UN_SEC_PROGRAM)" UnSecProgram
  SectionIn RO
  Delete "$SMPROGRAMS\${APP}.lnk"
  Delete "$DESKTOP\${APP}.lnk"
  ; Only what the setup put there: a folder the user chose may hold other things.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${EXE}"
  Delete "$INSTDIR\${NOTICES}"
  Delete "$INSTDIR\${UNINSTALLER}"
  RMDir "$INSTDIR"
  DeleteRegKey SHCTX "${UNINST_KEY}"
  DeleteRegValue HKCU "${APP_KEY}" "InstallerLanguage"
  DeleteRegKey /ifempty HKCU "${APP_KEY}"
SectionEnd

Section /o "un.$(UN_SEC_DATA)" UnSecData
  ; salesapp/paths.py on Windows: appdirs' user data, config and log folders are all
  ; %LOCALAPPDATA%\<author>\<name> = %LOCALAPPDATA%\salesapp\salesapp (logs in its Logs\ folder).
  SetShellVarContext current
  RMDir /r "$LOCALAPPDATA\${APP}\${APP}"
  RMDir "$LOCALAPPDATA\${APP}"
  ${If} $AllUsers == 1
    SetShellVarContext all
  ${EndIf}
SectionEnd

!insertmacro MUI_UNFUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${UnSecProgram} "$(UN_DESC_PROGRAM)"
  !insertmacro MUI_DESCRIPTION_TEXT ${UnSecData} "$(UN_DESC_DATA)"
!insertmacro MUI_UNFUNCTION_DESCRIPTION_END

Function un.onInit
  SetRegView 64
  !insertmacro MUI_UNGETLANGUAGE
  ; Which copy is this? The entry's command line says (/ALLUSERS or /CURRENTUSER); run by hand, the
  ; all-users entry pointing at this folder does.
  ${GetParameters} $R0
  Call un.UseCurrentUser
  ReadRegStr $R1 HKLM "${UNINST_KEY}" "InstallLocation"
  ${If} $R1 == $INSTDIR
    Call un.UseAllUsers
  ${EndIf}
  ClearErrors
  ${GetOptions} $R0 "/ALLUSERS" $R2
  ${IfNot} ${Errors}
    Call un.UseAllUsers
  ${EndIf}
  ClearErrors
  ${GetOptions} $R0 "/CURRENTUSER" $R2
  ${IfNot} ${Errors}
    Call un.UseCurrentUser
  ${EndIf}
  StrCpy $R3 "/ALLUSERS"
  ClearErrors
  ${GetOptions} $R0 "/REMOVEDATA" $R2
  ${IfNot} ${Errors}
    !insertmacro SelectSection ${UnSecData}
    StrCpy $R3 "$R3 /REMOVEDATA"
  ${EndIf}
  ${If} $AllUsers == 1
    UserInfo::GetAccountType
    Pop $R1
    ${If} $R1 != "Admin"
      ; Apps & features starts the uninstaller without elevation: start it again as administrator.
      ${If} ${Silent}
        StrCpy $R3 "/S $R3"
      ${EndIf}
      ExecShell "runas" "$INSTDIR\${UNINSTALLER}" "$R3"
      Quit
    ${EndIf}
  ${EndIf}
FunctionEnd

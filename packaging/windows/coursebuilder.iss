; Inno Setup script for CourseBuilder: a per-user install that needs no administrator rights.
; Built by packaging/build.py on Windows:
;   ISCC /DAppVersion=<version> /DSourceDir=dist\CourseBuilder /Odist packaging\windows\coursebuilder.iss
; The default version below must equal coursebuilder.__version__ (tests/test_packaging.py checks it).

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\CourseBuilder"
#endif
#define AppName "CourseBuilder"
#define AppExe "CourseBuilder.exe"
#define ProgId "CourseBuilder.coursebundle"

[Setup]
AppId={{6F0C9D7E-3C52-4B8A-9E51-8A2B3C4D5E6F}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=CourseBuilder
AppPublisherURL=https://coursebuilder.invalid/
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per user: lecturers on venue laptops rarely have an administrator password.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Qt 6.12 needs Windows 10 1809 (build 17763) or later.
MinVersion=10.0.17763
ChangesAssociations=yes
OutputBaseFilename={#AppName}-{#AppVersion}-Setup
SetupIconFile=coursebuilder.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "zh"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"

[CustomMessages]
en.AssociateBundles=Open .coursebundle files with CourseBuilder
zh.AssociateBundles=用 CourseBuilder 打开 .coursebundle 文件
en.BundleType=CourseBuilder course
zh.BundleType=CourseBuilder 课程

[Tasks]
Name: "associate"; Description: "{cm:AssociateBundles}"; GroupDescription: "{cm:AdditionalIcons}"
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "coursebundle.ico"; DestDir: "{app}"; Flags: ignoreversion

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; HKA is HKCU\Software\Classes for a per-user install (HKLM for an administrator's).
Root: HKA; Subkey: "Software\Classes\.coursebundle"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue; Tasks: associate
Root: HKA; Subkey: "Software\Classes\.coursebundle\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue; Tasks: associate
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:BundleType}"; Flags: uninsdeletekey; Tasks: associate
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\coursebundle.ico,0"; Tasks: associate
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""; Tasks: associate
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".coursebundle"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; Inno Setup 6 script for smparchive on Windows (64-bit).
;
; Build on Windows, after the PyInstaller bundle (see README.md in this folder):
;   iscc /DAppVersion=0.1.0 packaging\windows\smparchive.iss
; Optional: /DVlcDir="C:\Program Files\VideoLAN\VLC" copies libvlc.dll, libvlccore.dll and
; plugins\ from an installed VLC beside the app (otherwise the app uses an installed VLC).
; Output: build\installer\smparchive-<version>-setup.exe

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z smparchive.iss (see smparchive/__init__.py)
#endif
#define AppName "SMP Archive"
#define AppId "org.smparchive.SMPArchive"
#define ProgId "SMPArchive.Catalogue"
#define BundleDir "..\..\build\dist\smparchive"
#define IconFile "..\..\src\smparchive\resources\icons\app\smparchive.ico"

[Setup]
AppId={{6E0F3C52-3B8A-4C1E-9D7B-5A2F1C8E4D90}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=smparchive developers
DefaultDirName={autopf}\SMP Archive
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per-user install by default (no administrator rights); the dialog offers "all users".
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
OutputDir=..\..\build\installer
OutputBaseFilename=smparchive-{#AppVersion}-setup
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\smparchive-gui.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "nl"; MessagesFile: "compiler:Languages\Dutch.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "associate"; Description: "Open SMP Archive catalogues (*.smpcat) with {#AppName}"; GroupDescription: "File types:"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
#ifdef VlcDir
; libvlc beside the executables: python-vlc finds libvlc.dll on the DLL search path first.
Source: "{#VlcDir}\libvlc.dll"; DestDir: "{app}\_internal"; Flags: ignoreversion
Source: "{#VlcDir}\libvlccore.dll"; DestDir: "{app}\_internal"; Flags: ignoreversion
Source: "{#VlcDir}\plugins\*"; DestDir: "{app}\_internal\plugins"; Flags: ignoreversion recursesubdirs createallsubdirs
#endif

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\smparchive-gui.exe"; AppUserModelID: "{#AppId}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\smparchive-gui.exe"; Tasks: desktopicon

[Registry]
; The .smpcat file type, registered per user or per machine by {autoclasses} (HKCU/HKLM).
Root: HKA; Subkey: "Software\Classes\.smpcat"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue; Tasks: associate
Root: HKA; Subkey: "Software\Classes\.smpcat"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-smparchive-catalogue"; Tasks: associate
Root: HKA; Subkey: "Software\Classes\.smpcat\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue; Tasks: associate
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "SMP Archive catalogue"; Flags: uninsdeletekey; Tasks: associate
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\smparchive-gui.exe,0"; Tasks: associate
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\smparchive-gui.exe"" ""%1"""; Tasks: associate
Root: HKA; Subkey: "Software\Classes\Applications\smparchive-gui.exe\SupportedTypes"; ValueType: string; ValueName: ".smpcat"; ValueData: ""; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\smparchive-gui.exe"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"

[Run]
Filename: "{app}\smparchive-gui.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
function VlcInstalled(): Boolean;
var
  Dir: String;
begin
  Result := RegQueryStringValue(HKLM, 'Software\VideoLAN\VLC', 'InstallDir', Dir)
    or RegQueryStringValue(HKCU, 'Software\VideoLAN\VLC', 'InstallDir', Dir);
end;

procedure CurPageChanged(CurPageID: Integer);
begin
#ifndef VlcDir
  if (CurPageID = wpFinished) and not VlcInstalled() then
    MsgBox('Video playback uses VLC (64-bit), which is not installed. Photos, slides and ' +
      'documents work without it; install VLC from https://www.videolan.org/ to play recordings.',
      mbInformation, MB_OK);
#endif
end;

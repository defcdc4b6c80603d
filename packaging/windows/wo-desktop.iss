; wo-desktop for Windows: Inno Setup 6.3+ script (per-machine install, Start-menu entry, silent
; install that writes the machine policy, uninstall that keeps the users' data).
;
; Build on Windows after `python packaging\build.py` (which runs this for you when ISCC.exe
; is installed, and prints the command otherwise):
;
;   iscc /DAppVersion=0.1.0 /DAppVersionNumeric=0.1.0.0 /DSourceDir=dist\wo-desktop ^
;        /DOutputDir=dist /DIconFile=<work>\icons\wo-desktop.ico packaging\windows\wo-desktop.iss
;
; Silent install for IT (see docs/deploy.md for every parameter):
;
;   wo-desktop-0.1.0-windows-x64-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART ^
;        /SERVER=https://wo.example.com/api /DOMAIN=ACME /LOCK=server_url,domain
;
; Signing: packaging\windows\README.md.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z /DAppVersionNumeric=X.Y.Z.0
#endif
#ifndef AppVersionNumeric
  #define AppVersionNumeric "0.0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\wo-desktop"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif

#define AppName "wo-desktop"
#define AppExe "wo-desktop.exe"
#define CliExe "wo-desktop-cli.exe"
#define Publisher "wo-desktop"
; %ProgramData%\wo-desktop: the same folder as paths.default_policy_path().
#define PolicyDir "{commonappdata}\wo-desktop"
#define PolicyFile "{commonappdata}\wo-desktop\policy.toml"

[Setup]
; The AppId ties upgrades and the uninstaller together: never change it.
AppId={{8E2B7A4C-3F1D-4C55-9B8E-6A0D2F71C9B3}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#Publisher}
VersionInfoVersion={#AppVersionNumeric}
VersionInfoProductVersion={#AppVersionNumeric}
VersionInfoDescription={#AppName} setup
; Per machine, in Program Files, for every user; an administrator installs it.
PrivilegesRequired=admin
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#OutputDir}
OutputBaseFilename={#AppName}-{#AppVersion}-windows-x64-setup
#ifdef IconFile
SetupIconFile={#IconFile}
#endif
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; The wizard speaks the Windows display language when it is one of ours.
ShowLanguageDialog=auto
; A running wo-desktop is closed (Restart Manager) before its files are replaced; its data
; is safe, every save being a committed SQLite transaction.
CloseApplications=yes
RestartApplications=no
#ifdef SignToolName
; Defined on the ISCC command line with /S"<name>=signtool sign ... $f" (see README.md).
SignTool={#SignToolName}
SignedUninstaller=yes
#endif

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "nl"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "de"; MessagesFile: "compiler:Languages\German.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole bundle: files left from an older version (an old
; *.dist-info folder above all) would confuse the new one.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Dirs]
; Kept by the uninstaller (IT's policy outlives a reinstall); /PURGE removes it.
Name: "{#PolicyDir}"; Flags: uninsneveruninstall

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Registry]
; "wo-desktop" in the Run dialog and from scripts (start wo-desktop).
Root: HKLM; Subkey: "Software\Microsoft\Windows\CurrentVersion\App Paths\{#AppExe}"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe}"; Flags: uninsdeletekey
Root: HKLM; Subkey: "Software\Microsoft\Windows\CurrentVersion\App Paths\{#CliExe}"; ValueType: string; ValueName: ""; ValueData: "{app}\{#CliExe}"; Flags: uninsdeletekey

[Run]
; Only administrators may write the policy: ProgramData lets every user create files in
; new folders, so the inherited rights are replaced (SIDs, so any Windows language works:
; Administrators, SYSTEM full control; Users read).
Filename: "{sys}\icacls.exe"; Parameters: """{#PolicyDir}"" /inheritance:r /grant:r *S-1-5-32-544:(OI)(CI)F *S-1-5-18:(OI)(CI)F *S-1-5-32-545:(OI)(CI)RX"; Flags: runhidden waituntilterminated; StatusMsg: "Protecting the policy folder..."
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
const
  KnownKeys = ',server_url,domain,user,sync_interval_minutes,proxy,extra_ca_file,catalog_scope,catalog_max_age_days,language,log_level,';
  ProfileListKey = 'SOFTWARE\Microsoft\Windows NT\CurrentVersion\ProfileList';

var
  PolicyLines: TArrayOfString;
  PolicyCopyFrom: String;
  PolicyWanted: Boolean;

{ ---- command line ---------------------------------------------------------------------- }

{ The value of /NAME=value (case-insensitive), or '' when absent. }
function Param(const Name: String): String;
var
  I: Integer;
  Prefix: String;
begin
  Result := '';
  Prefix := '/' + Uppercase(Name) + '=';
  for I := 1 to ParamCount do
    if Pos(Prefix, Uppercase(ParamStr(I))) = 1 then
      Result := Trim(Copy(ParamStr(I), Length(Prefix) + 1, MaxInt));
end;

function Switch(const Name: String): Boolean;
var
  I: Integer;
begin
  Result := False;
  for I := 1 to ParamCount do
    if CompareText(ParamStr(I), '/' + Name) = 0 then
      Result := True;
end;

{ ---- TOML ------------------------------------------------------------------------------ }

function TomlString(const S: String): String;
var
  I: Integer;
begin
  Result := '"';
  for I := 1 to Length(S) do
  begin
    if S[I] = '\' then
      Result := Result + '\\'
    else if S[I] = '"' then
      Result := Result + '\"'
    else if Ord(S[I]) < 32 then
      Result := Result + Format('\u%.4x', [Ord(S[I])])
    else
      Result := Result + S[I];
  end;
  Result := Result + '"';
end;

{ 'a, b,c' -> ["a", "b", "c"] }
function TomlList(const S: String): String;
var
  Rest, Item: String;
  Comma: Integer;
begin
  Result := '';
  Rest := S;
  while Rest <> '' do
  begin
    Comma := Pos(',', Rest);
    if Comma = 0 then
    begin
      Item := Trim(Rest);
      Rest := '';
    end else
    begin
      Item := Trim(Copy(Rest, 1, Comma - 1));
      Rest := Copy(Rest, Comma + 1, MaxInt);
    end;
    if Item <> '' then
    begin
      if Result <> '' then
        Result := Result + ', ';
      Result := Result + TomlString(Item);
    end;
  end;
  Result := '[' + Result + ']';
end;

procedure AddLine(const Line: String);
begin
  SetArrayLength(PolicyLines, GetArrayLength(PolicyLines) + 1);
  PolicyLines[GetArrayLength(PolicyLines) - 1] := Line;
end;

{ ---- checking the parameters before anything is installed -------------------------------- }

function Fail(const Message: String): Boolean;
begin
  Log('wo-desktop policy: ' + Message);
  SuppressibleMsgBox(Message, mbCriticalError, MB_OK, IDOK);
  Result := False;
end;

function IsWholeNumber(const S: String): Boolean;
begin
  Result := (S <> '') and (StrToIntDef(S, -1) >= 0);
end;

function LockedKeysValid(const S: String; var Bad: String): Boolean;
var
  Rest, Item: String;
  Comma: Integer;
begin
  Result := True;
  Rest := S;
  while Rest <> '' do
  begin
    Comma := Pos(',', Rest);
    if Comma = 0 then
    begin
      Item := Trim(Rest);
      Rest := '';
    end else
    begin
      Item := Trim(Copy(Rest, 1, Comma - 1));
      Rest := Copy(Rest, Comma + 1, MaxInt);
    end;
    if (Item <> '') and (Pos(',' + Lowercase(Item) + ',', KnownKeys) = 0) then
    begin
      Bad := Item;
      Result := False;
      Exit;
    end;
  end;
end;

{ Reads the policy parameters; False (and setup stops with exit code 1) when one is wrong,
  so a mistyped deployment command fails loudly instead of installing a half policy. }
function InitializeSetup(): Boolean;
var
  Server, Domain, Interval, Proxy, ExtraCa, Scope, MaxAge, Language, LogLevel, Lock, Bad: String;
begin
  Result := True;
  Server := Param('SERVER');
  Domain := Param('DOMAIN');
  Interval := Param('SYNCINTERVAL');
  Proxy := Param('PROXY');
  ExtraCa := Param('EXTRACA');
  Scope := Param('CATALOGSCOPE');
  MaxAge := Param('CATALOGMAXAGE');
  Language := Lowercase(Param('LANGUAGE'));
  LogLevel := Uppercase(Param('LOGLEVEL'));
  Lock := Param('LOCK');
  PolicyCopyFrom := Param('POLICY');
  PolicyWanted := (Server + Domain + Interval + Proxy + ExtraCa + Scope + MaxAge + Language
    + LogLevel + Lock) <> '';

  if (PolicyCopyFrom <> '') and PolicyWanted then
  begin
    Result := Fail('/POLICY= cannot be combined with /SERVER=, /DOMAIN= or the other policy parameters.');
    Exit;
  end;
  if (PolicyCopyFrom <> '') and not FileExists(PolicyCopyFrom) then
  begin
    Result := Fail('The policy file ' + PolicyCopyFrom + ' does not exist.');
    Exit;
  end;
  if not PolicyWanted then
    Exit;

  if (Server <> '') and (Pos('https://', Lowercase(Server)) <> 1) and (Pos('http://', Lowercase(Server)) <> 1) then
  begin
    Result := Fail('/SERVER= must be a URL starting with https:// (for example https://wo.example.com/api).');
    Exit;
  end;
  if (Interval <> '') and not IsWholeNumber(Interval) then
  begin
    Result := Fail('/SYNCINTERVAL= must be a whole number of minutes.');
    Exit;
  end;
  if (MaxAge <> '') and not IsWholeNumber(MaxAge) then
  begin
    Result := Fail('/CATALOGMAXAGE= must be a whole number of days.');
    Exit;
  end;
  if (Language <> '') and (Pos(',' + Language + ',', ',system,en,fr,nl,de,') = 0) then
  begin
    Result := Fail('/LANGUAGE= must be system, en, fr, nl or de.');
    Exit;
  end;
  if (LogLevel <> '') and (Pos(',' + LogLevel + ',', ',DEBUG,INFO,WARNING,') = 0) then
  begin
    Result := Fail('/LOGLEVEL= must be DEBUG, INFO or WARNING.');
    Exit;
  end;
  if not LockedKeysValid(Lock, Bad) then
  begin
    Result := Fail('/LOCK= names an unknown setting: ' + Bad + '.');
    Exit;
  end;

  AddLine('# wo-desktop machine policy, written by the installer ' + GetDateTimeString('yyyy-mm-dd hh:nn', '-', ':') + '.');
  AddLine('# See docs/deploy.md ("Policy reference"). Only administrators can change this file.');
  if Server <> '' then AddLine('server_url = ' + TomlString(Server));
  if Domain <> '' then AddLine('domain = ' + TomlString(Domain));
  if Interval <> '' then AddLine('sync_interval_minutes = ' + Interval);
  if Proxy <> '' then AddLine('proxy = ' + TomlString(Proxy));
  if ExtraCa <> '' then AddLine('extra_ca_file = ' + TomlString(ExtraCa));
  if Scope <> '' then AddLine('catalog_scope = ' + TomlList(Scope));
  if MaxAge <> '' then AddLine('catalog_max_age_days = ' + MaxAge);
  if Language <> '' then AddLine('language = ' + TomlString(Language));
  if LogLevel <> '' then AddLine('log_level = ' + TomlString(LogLevel));
  if Lock <> '' then AddLine('locked = ' + TomlList(Lowercase(Lock)));
end;

{ ---- writing the policy after the files are in place ------------------------------------ }

procedure WritePolicy();
var
  Target: String;
begin
  Target := ExpandConstant('{#PolicyFile}');
  ForceDirectories(ExtractFileDir(Target));
  { The previous policy is kept beside it, for a roll back. }
  if FileExists(Target) then
    FileCopy(Target, Target + '.previous', False);
  if PolicyCopyFrom <> '' then
  begin
    if not FileCopy(PolicyCopyFrom, Target, False) then
      RaiseException('Could not copy ' + PolicyCopyFrom + ' to ' + Target);
    Log('wo-desktop policy copied from ' + PolicyCopyFrom);
  end else
  begin
    { UTF-8 without a byte-order mark: what a TOML reader expects. }
    if not SaveStringsToUTF8FileWithoutBOM(Target, PolicyLines, False) then
      RaiseException('Could not write ' + Target);
    Log('wo-desktop policy written to ' + Target);
  end;
end;

procedure CurStepChanged(CurStep: TSetupStep);
begin
  { Without any policy parameter an existing policy is left exactly as it is (upgrades). }
  if (CurStep = ssPostInstall) and (PolicyWanted or (PolicyCopyFrom <> '')) then
    WritePolicy();
end;

{ ---- uninstalling: the users' data stays unless asked --------------------------------- }

{ %LOCALAPPDATA%\wo-desktop of every profile on the machine (platformdirs' user data folder). }
procedure DeleteEveryUsersData();
var
  Sids: TArrayOfString;
  I: Integer;
  ProfilePath, Folder: String;
begin
  if not RegGetSubkeyNames(HKLM, ProfileListKey, Sids) then
    Exit;
  for I := 0 to GetArrayLength(Sids) - 1 do
    if RegQueryStringValue(HKLM, ProfileListKey + '\' + Sids[I], 'ProfileImagePath', ProfilePath) then
    begin
      { ProfileImagePath is REG_EXPAND_SZ, normally %SystemDrive%\Users\<name>. }
      StringChangeEx(ProfilePath, '%SystemDrive%', ExpandConstant('{%SYSTEMDRIVE|C:}'), True);
      Folder := ProfilePath + '\AppData\Local\wo-desktop';
      if DirExists(Folder) then
      begin
        Log('wo-desktop: removing ' + Folder);
        DelTree(Folder, True, True, True);
      end;
    end;
end;

function PurgeWanted(): Boolean;
begin
  Result := Switch('PURGE');
  if (not Result) and (not UninstallSilent) then
    Result := MsgBox('Also delete the wo-desktop data of every user on this computer?' + #13#10#13#10 +
      'This removes their drafts, including jobs that were never sent, their catalogs and logs, ' +
      'and the machine policy. Choose No to keep them (the usual choice before reinstalling).',
      mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and PurgeWanted() then
  begin
    DeleteEveryUsersData();
    DelTree(ExpandConstant('{#PolicyDir}'), True, True, True);
  end;
end;

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>EncryptionBox</name>
    <message>
        <source>This database is encrypted.</source>
        <translation>此数据库已加密。</translation>
    </message>
    <message>
        <source>This database is not encrypted.</source>
        <translation>此数据库未加密。</translation>
    </message>
    <message>
        <source>Without the passphrase nobody can read the file or its backups, you included. The app asks for it each time it starts and keeps it in memory only.</source>
        <translation>没有密码，任何人都无法读取这个文件及其备份，包括你自己。应用每次启动时都会询问密码，并且只保存在内存中。</translation>
    </message>
    <message>
        <source>Anyone who can read the file (or a copy of it, or a backup) can read your records. Encryption protects them if the computer or a copy falls into other hands. The app then asks for the passphrase each time it starts.</source>
        <translation>任何能读取这个文件（或它的副本、备份）的人都能看到你的记录。加密后，即使电脑或副本落入他人之手，记录也不会泄露。开启后，应用每次启动时都会询问密码。</translation>
    </message>
    <message>
        <source>Turn on encryption…</source>
        <translation>开启加密…</translation>
    </message>
    <message>
        <source>Change the passphrase…</source>
        <translation>修改密码…</translation>
    </message>
    <message>
        <source>Turn off encryption…</source>
        <translation>取消加密…</translation>
    </message>
    <message>
        <source>The database is open read-only: its encryption cannot be changed.</source>
        <translation>数据库以只读方式打开，无法更改加密设置。</translation>
    </message>
    <message>
        <source>Each change rewrites the file: a backup is taken first, the database is closed and reopened, and the undo history is cleared.</source>
        <translation>每次更改都会重写文件：先做备份，再关闭并重新打开数据库，撤销记录会被清空。</translation>
    </message>
    <message>
        <source>Choose a passphrase for %1.</source>
        <translation>为 %1 设置密码。</translation>
    </message>
    <message>
        <source>Turn on encryption</source>
        <translation>开启加密</translation>
    </message>
    <message>
        <source>%1 backups of this database are not encrypted: anyone who can read them can read your records. Turning encryption on encrypts them with the same passphrase, so that no readable copy is left.</source>
        <translation>此数据库有 %1 个备份未加密：任何能读取它们的人都能看到你的记录。开启加密时会用同一密码加密这些备份，不留下可读的副本。</translation>
    </message>
    <message>
        <source>A backup that cannot be read (a damaged copy) is deleted instead.</source>
        <translation>无法读取的备份（已损坏的副本）将被删除。</translation>
    </message>
    <message>
        <source>Encrypt them too</source>
        <translation>一并加密</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Enter the current passphrase, then the new one.</source>
        <translation>请先输入当前密码，再输入新密码。</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Enter the passphrase to turn encryption off. The file will then be readable by anyone who can open it; backups made before stay encrypted.</source>
        <translation>输入密码以取消加密。之后任何能打开这个文件的人都能读取它；之前的备份仍保持加密。</translation>
    </message>
    <message>
        <source>Turn off encryption</source>
        <translation>取消加密</translation>
    </message>
    <message>
        <source>Encrypting the database…</source>
        <translation>正在加密数据库…</translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation>正在修改密码…</translation>
    </message>
    <message>
        <source>Removing the encryption…</source>
        <translation>正在取消加密…</translation>
    </message>
    <message>
        <source>Encryption was not changed</source>
        <translation>加密设置未改变</translation>
    </message>
    <message>
        <source>Your database was left as it was.</source>
        <translation>你的数据库保持原样。</translation>
    </message>
    <message>
        <source>The undo history was cleared.</source>
        <translation>撤销记录已清空。</translation>
    </message>
    <message>
        <source>Encryption is on</source>
        <translation>已开启加密</translation>
    </message>
    <message>
        <source>The database is now encrypted.</source>
        <translation>数据库已加密。</translation>
    </message>
    <message>
        <source>Its backups are encrypted with the same passphrase.</source>
        <translation>它的备份也已用同一密码加密。</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>密码已修改</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>密码已修改。</translation>
    </message>
    <message>
        <source>Backups made before keep the old passphrase.</source>
        <translation>之前的备份仍使用旧密码。</translation>
    </message>
    <message>
        <source>Encryption is off</source>
        <translation>已取消加密</translation>
    </message>
    <message>
        <source>The database is no longer encrypted.</source>
        <translation>数据库已不再加密。</translation>
    </message>
    <message>
        <source>Backups made before stay encrypted with the old passphrase.</source>
        <translation>之前的备份仍以旧密码加密。</translation>
    </message>
</context>
</TS>

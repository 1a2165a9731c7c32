<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>BackupsBox</name>
    <message>
        <source>Credit Health backs up the database the first time you open it each day, and before every step that rewrites it (an app upgrade, a restore, encryption).</source>
        <translation>信用健康会在你每天第一次打开时备份数据库，并在每次重写数据库之前（应用升级、恢复备份、加密）先做备份。</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Restore this backup…</source>
        <translation>恢复这份备份…</translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>How many to keep</source>
        <translation>保留数量</translation>
    </message>
    <message>
        <source>Daily backups, one per day, for the last:</source>
        <translation>每日备份（每天一份），保留最近：</translation>
    </message>
    <message>
        <source>Then one per week, for the last:</source>
        <translation>之后每周一份，保留最近：</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> 周</translation>
    </message>
    <message>
        <source>Backups taken before a step that rewrites the database: the newest 10 are kept. Changes here apply from the next backup; nothing is deleted now.</source>
        <translation>在重写数据库的操作之前生成的备份：保留最近 10 份。此处的修改从下一次备份起生效，现在不会删除任何备份。</translation>
    </message>
    <message>
        <source>Kept in %1</source>
        <translation>保存在 %1</translation>
    </message>
    <message>
        <source>The database is open read-only: it cannot be replaced.</source>
        <translation>数据库以只读方式打开，无法替换。</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>已备份到 %1。</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>备份失败：%1</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Replace your records with the backup of %1 (%2)?</source>
        <translation>用 %1 的备份（%2）替换你现在的记录吗？</translation>
    </message>
    <message>
        <source>The records as they are now are backed up first, so this can be undone by restoring that backup. The database is closed and reopened, and the undo history is cleared.</source>
        <translation>现在的记录会先备份，之后可以恢复那份备份来撤回这次操作。数据库会关闭并重新打开，撤销记录会被清空。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>This backup is encrypted with another passphrase (the one the database had then). Enter it to restore the backup.</source>
        <translation>这份备份使用另一个密码加密（数据库当时的密码）。请输入该密码以恢复备份。</translation>
    </message>
    <message>
        <source>Encrypted backup</source>
        <translation>加密的备份</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>正在恢复备份…</translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation>备份未恢复</translation>
    </message>
    <message>
        <source>Your database was left as it was.</source>
        <translation>你的数据库保持原样。</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>备份已恢复</translation>
    </message>
    <message>
        <source>The records are back as they were on %1.</source>
        <translation>记录已恢复到 %1 时的状态。</translation>
    </message>
    <message>
        <source>The records it replaced were backed up first (%1).</source>
        <translation>被替换的记录已先备份（%1）。</translation>
    </message>
    <message>
        <source>The undo history was cleared.</source>
        <translation>撤销记录已清空。</translation>
    </message>
</context>
<context>
    <name>DailyBackups</name>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>每日备份失败：%1</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <source>Your backups are in Preferences → Backups. None was taken of the damaged file.</source>
        <translation>您的备份在“设置 → 备份”中。没有为这个已损坏的文件做备份。</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>加密</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Follow the system (%1)</source>
        <translation>跟随系统（%1）</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Your records are kept in this file:</source>
        <translation>你的记录保存在这个文件中：</translation>
    </message>
    <message>
        <source>Open another…</source>
        <translation>打开其他…</translation>
    </message>
    <message>
        <source>Create a new one…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Which reminders you get (bills, overdue, decisions, renewals, snapshots) and how many days ahead.</source>
        <translation>要接收哪些提醒（账单、逾期、审核结果、到期更新、记录分数），以及提前几天提醒。</translation>
    </message>
    <message>
        <source>Reminder settings…</source>
        <translation>提醒设置…</translation>
    </message>
    <message>
        <source>The app reopens the file chosen here next time. Undo history does not carry over to another file.</source>
        <translation>下次启动时会打开这里选择的文件。切换文件后，之前的撤销记录不再保留。</translation>
    </message>
    <message>
        <source>Credit Health databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>信用健康数据库 (*.sqlite3 *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>Create a new database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name, or open it instead.</source>
        <translation>%1 已存在。请换一个名称，或直接打开它。</translation>
    </message>
</context>
</TS>

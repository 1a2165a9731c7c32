<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ReminderController</name>
    <message>
        <source>Export reminders to calendar…</source>
        <translation>导出提醒到日历…</translation>
    </message>
</context>
</TS>

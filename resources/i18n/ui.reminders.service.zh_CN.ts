<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ReminderService</name>
    <message>
        <source>Mark reminder done</source>
        <translation>将提醒标为已完成</translation>
    </message>
    <message>
        <source>Dismiss reminder</source>
        <translation>忽略提醒</translation>
    </message>
    <message>
        <source>Snooze reminder</source>
        <translation>推迟提醒</translation>
    </message>
    <message>
        <source>Restore reminder</source>
        <translation>恢复提醒</translation>
    </message>
</context>
</TS>

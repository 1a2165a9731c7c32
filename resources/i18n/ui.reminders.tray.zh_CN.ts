<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ReminderTray</name>
    <message>
        <source>%1 reminders</source>
        <translation>%1 条提醒</translation>
    </message>
    <message>
        <source>Open Credit Health</source>
        <translation>打开信用健康</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ReminderExport</name>
    <message>
        <source>Credit Health reminders</source>
        <translation>信用健康提醒</translation>
    </message>
    <message>
        <source>Export reminders to calendar</source>
        <translation>导出提醒到日历</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar 日历文件 (*.ics)</translation>
    </message>
    <message>
        <source>The calendar file could not be saved: %1</source>
        <translation>无法保存日历文件：%1</translation>
    </message>
    <message>
        <source>Saved %1 dates to %2. Open the file with your calendar app, or send it to your phone.</source>
        <translation>已将 %1 个日期保存到 %2。请用日历应用打开该文件，或发送到手机。</translation>
    </message>
</context>
</TS>

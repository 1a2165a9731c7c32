<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ReminderSettingsDialog</name>
    <message>
        <source>Reminder settings</source>
        <translation>提醒设置</translation>
    </message>
</context>
<context>
    <name>ReminderSettingsWidget</name>
    <message>
        <source>Remind me of</source>
        <translation>提醒事项</translation>
    </message>
    <message>
        <source>Days ahead</source>
        <translation>提前天数</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>on the day</source>
        <translation>当天</translation>
    </message>
    <message>
        <source>This reminder comes when it is due; it has no lead time.</source>
        <translation>此提醒在到期时出现，不提前。</translation>
    </message>
    <message>
        <source>Morning reminders at</source>
        <translation>每天提醒时间</translation>
    </message>
</context>
</TS>

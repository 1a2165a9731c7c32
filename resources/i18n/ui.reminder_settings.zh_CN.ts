<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ReminderSettingsDialog</name>
    <message>
        <location filename="../../desktop/credithealth/ui/reminder_settings.py" line="198"/>
        <source>Reminder settings</source>
        <translation>提醒设置</translation>
    </message>
</context>
<context>
    <name>ReminderSettingsWidget</name>
    <message>
        <location filename="../../desktop/credithealth/ui/reminder_settings.py" line="160"/>
        <source>Remind me of</source>
        <translation>提醒事项</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/reminder_settings.py" line="161"/>
        <source>Days ahead</source>
        <translation>提前天数</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/reminder_settings.py" line="166"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/reminder_settings.py" line="167"/>
        <source>on the day</source>
        <translation>当天</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/reminder_settings.py" line="169"/>
        <source>This reminder comes when it is due; it has no lead time.</source>
        <translation>此提醒在到期时出现，不提前。</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/reminder_settings.py" line="170"/>
        <source>Morning reminders at</source>
        <translation>每天提醒时间</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>BackupList</name>
    <message>
        <source>Daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <source>Before an app upgrade</source>
        <translation>应用升级前</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <source>Before encryption</source>
        <translation>加密前</translation>
    </message>
    <message>
        <source>Before removing encryption</source>
        <translation>取消加密前</translation>
    </message>
    <message>
        <source>Before a passphrase change</source>
        <translation>修改密码前</translation>
    </message>
    <message>
        <source>Before replacing the records</source>
        <translation>替换记录前</translation>
    </message>
    <message>
        <source>Made by you</source>
        <translation>手动备份</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>已加密</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
</TS>

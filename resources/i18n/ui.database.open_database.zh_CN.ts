<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>DatabaseOpener</name>
    <message>
        <source>The database is busy</source>
        <translation>数据库正忙</translation>
    </message>
    <message>
        <source>A command-line Credit Health task is changing %1 right now. It takes a few seconds: try again in a moment.</source>
        <translation>命令行中的信用健康任务正在修改 %1。这只需几秒钟，请稍后重试。</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Already open</source>
        <translation>已经打开</translation>
    </message>
    <message>
        <source>%1 is open in another Credit Health window. Use it there, or close that window first.</source>
        <translation>%1 已在另一个信用健康窗口中打开。请在那个窗口中使用，或先关闭那个窗口。</translation>
    </message>
    <message>
        <source>%1 is encrypted. Enter its passphrase to open it.</source>
        <translation>%1 已加密。请输入密码以打开。</translation>
    </message>
    <message>
        <source>Encrypted database</source>
        <translation>加密的数据库</translation>
    </message>
    <message>
        <source>The backup %1 is encrypted. Enter the passphrase the database had then.</source>
        <translation>备份 %1 已加密。请输入数据库当时使用的密码。</translation>
    </message>
    <message>
        <source>Encrypted backup</source>
        <translation>加密的备份</translation>
    </message>
</context>
</TS>

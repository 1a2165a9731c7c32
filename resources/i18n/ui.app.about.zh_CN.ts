<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Credit Health</source>
        <translation>关于信用健康</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>Built with %1</source>
        <translation>基于 %1</translation>
    </message>
    <message>
        <source>A private, local-first tool: your records stay on this computer. Verdicts are estimates from the published review points, not Alipay&apos;s decision.</source>
        <translation>一款私密、本地优先的工具：你的记录只保存在这台电脑上。结论是根据公开审核要点做出的估算，并非支付宝的审核决定。</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>你的数据</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Show the data folder in the file manager</source>
        <translation>在文件管理器中显示数据文件夹</translation>
    </message>
    <message>
        <source>Credit Health (MIT)</source>
        <translation>信用健康（MIT）</translation>
    </message>
    <message>
        <source>Noto Sans CJK SC (OFL 1.1)</source>
        <translation>思源黑体 Noto Sans CJK SC（OFL 1.1）</translation>
    </message>
    <message>
        <source>Qt and PySide6 (LGPL v3)</source>
        <translation>Qt 与 PySide6（LGPL v3）</translation>
    </message>
    <message>
        <source>Bundled components</source>
        <translation>随附组件</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>Could not open %1 in the file manager.</source>
        <translation>无法在文件管理器中打开 %1。</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>FileDetail</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>This zip is protected by a password. Enter the unzip password that Alipay or WeChat sent you with the export.</source>
        <translation>该压缩包有密码保护。请输入支付宝或微信在导出时发给你的解压密码。</translation>
    </message>
    <message>
        <source>This file will not be imported.</source>
        <translation>该文件不会被导入。</translation>
    </message>
    <message>
        <source>This file was imported before, on %1.</source>
        <translation>该文件已于 %1 导入过。</translation>
    </message>
    <message>
        <source>%1 transactions: %2 added, %3 already imported, %4 unreadable</source>
        <translation>共 %1 笔交易：新增 %2 笔，已导入过 %3 笔，无法读取 %4 笔</translation>
    </message>
    <message>
        <source>%1 transactions: %2 to add, %3 already imported, %4 unreadable</source>
        <translation>共 %1 笔交易：将新增 %2 笔，已导入过 %3 笔，无法读取 %4 笔</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>已导入。</translation>
    </message>
    <message>
        <source>%1 Huabei repayments logged (%2).</source>
        <translation>已记录 %1 笔花呗还款（%2）。</translation>
    </message>
    <message>
        <source>%1 other repayments logged.</source>
        <translation>已记录 %1 笔其他还款。</translation>
    </message>
    <message>
        <source>First %1 of %2 rows</source>
        <translation>前 %1 行（共 %2 行）</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>交易对方</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>商品说明</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>%1 rows cannot be read and will be skipped; the rest imports:</source>
        <translation>%1 行无法读取，将被跳过，其余照常导入：</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>时间范围：</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>交易：</translation>
    </message>
    <message>
        <source>Unzip &amp;password:</source>
        <translation>解压密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
</context>
</TS>

import { defineMessages } from '../i18n/messages.ts';

/** Strings of the spreadsheet import button. */
export const useSpreadsheetMessages = defineMessages({
  zh: {
    import: '导入 Excel',
    imported: '已导入 {count} 行',
    refusedTitle: '导入未成功，未写入任何数据',
    fixAndRetry: '请改正表格中的以下问题后重新导入：',
    notXlsx: '请选择 Excel 工作簿（.xlsx）；旧版 .xls 请先另存为 .xlsx',
    tooLarge: '文件超过 {size} KiB 的上限',
    unreadable: '无法读取所选文件',
    close: '关闭',
  },
  en: {
    import: 'Import from Excel',
    imported: '{count} rows imported',
    refusedTitle: 'Not imported; nothing was written',
    fixAndRetry: 'Fix these problems in the sheet and import it again:',
    notXlsx: 'Choose an Excel workbook (.xlsx); save an .xls as .xlsx first',
    tooLarge: 'The file exceeds the limit of {size} KiB',
    unreadable: 'The chosen file cannot be read',
    close: 'Close',
  },
});

// Runs before office.js and the pane's bundle. Office 2016/2019 run add-ins in Internet Explorer 11 (volume
// licence) or in the old EdgeHTML webview (retail builds without WebView2), where the pane's ES2020 bundle cannot
// run: say plainly what is needed instead of a blank pane. `globalThis` is the feature test: EdgeHTML 18 and
// IE11 lack it, every WebView2 has it.
// Plain ES3 on purpose (no arrow functions, no const), and a separate file because the pane's CSP forbids
// inline scripts.
(function () {
  if (typeof globalThis !== 'undefined' && navigator.userAgent.indexOf('Trident') === -1) return;
  window.jixiaoUnsupportedBrowser = true;
  var message =
    '<div style="font-family:\'Microsoft YaHei\',sans-serif;padding:16px;line-height:1.6">' +
    '<h1 style="font-size:18px">绩效目标申报助手无法在此版本的 Office 中运行</h1>' +
    '<p>本加载项需要 Office 2021、Office 2024 或 Microsoft 365（使用 Microsoft Edge WebView2 显示加载项的版本）。' +
    '您的 Office 使用 Internet Explorer 或旧版 Edge 组件显示加载项（Office 2016 / Office 2019），无法运行本加载项。' +
    '请联系本单位信息化部门升级 Office。</p>' +
    '<p>在此之前，可请财务或信息化人员用 <b>jixiao</b> 命令检查申报表文件：<br>' +
    '<code>jixiao check 申报表.docx</code>（同样的检查规则，支持 .docx 和 .xlsx，可批量检查整个文件夹）。</p>' +
    '<hr>' +
    '<h2 style="font-size:15px">This add-in cannot run in this version of Office</h2>' +
    '<p>It needs Office 2021, Office 2024 or Microsoft 365 (versions that show add-ins with Microsoft Edge WebView2). ' +
    'Your Office shows add-ins with Internet Explorer or the old Edge (Office 2016 / 2019). Please ask IT to upgrade Office. ' +
    'Meanwhile the <b>jixiao</b> command runs the same checks on .docx/.xlsx files: <code>jixiao check form.docx</code>.</p>' +
    '</div>';
  function show() {
    var root = document.getElementById('root');
    if (root) root.innerHTML = message;
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', show);
  else show();
})();

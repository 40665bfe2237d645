// Draws the ECharts of an indicator page from data-chart attributes (JSON: labels, values, name, unit);
// the page carries no inline script (CSP).
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('.indicator-chart[data-chart]').forEach(function (el) {
    var data = JSON.parse(el.getAttribute('data-chart'));
    var kind = el.getAttribute('data-chart-kind');
    var chart = echarts.init(el);
    var many = data.labels.length > 8;
    chart.setOption({
      tooltip: { trigger: 'axis' },
      grid: { left: 48, right: 16, top: 24, bottom: many ? 96 : 40 },
      xAxis: { type: 'category', data: data.labels, axisLabel: { rotate: many ? 45 : 0, interval: 0 } },
      yAxis: { type: 'value', name: data.unit, scale: kind === 'line' },
      series: [{ name: data.name, type: kind, data: data.values, label: { show: !many, position: 'top' } }]
    });
    window.addEventListener('resize', function () { chart.resize(); });
  });
});

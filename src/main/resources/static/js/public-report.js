// Draws the public report's bar chart (live value against target value of the percentage targets) from the
// data-chart attribute (JSON: labels, current, target, currentName, targetName); the page carries no inline script.
document.addEventListener('DOMContentLoaded', function () {
  var el = document.getElementById('public-chart');
  if (!el) {
    return;
  }
  var data = JSON.parse(el.getAttribute('data-chart'));
  var chart = echarts.init(el);
  var many = data.labels.length > 6;
  chart.setOption({
    tooltip: { trigger: 'axis' },
    legend: { data: [data.currentName, data.targetName] },
    grid: { left: 48, right: 16, top: 40, bottom: many ? 120 : 48 },
    xAxis: { type: 'category', data: data.labels, axisLabel: { rotate: many ? 30 : 0, interval: 0 } },
    yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
    series: [
      { name: data.currentName, type: 'bar', data: data.current, itemStyle: { color: '#0d6efd' } },
      { name: data.targetName, type: 'bar', data: data.target, itemStyle: { color: '#dc3545' } }
    ]
  });
  window.addEventListener('resize', function () { chart.resize(); });
});

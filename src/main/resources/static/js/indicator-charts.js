// Draws the ECharts of an indicator page from data-chart attributes (JSON: labels, values, name, unit, the
// plans' target lines, and optional points {label, value, name} such as a target's baseline and milestones);
// the page carries no inline script (CSP).
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('.indicator-chart[data-chart]').forEach(function (el) {
    var data = JSON.parse(el.getAttribute('data-chart'));
    var kind = el.getAttribute('data-chart-kind');
    var chart = echarts.init(el);
    var many = data.labels.length > 8;
    var points = data.points || [];
    var targetValues = (data.targets || []).map(function (t) { return Number(t.value); })
      .concat(points.map(function (p) { return Number(p.value); }));
    chart.setOption({
      tooltip: { trigger: 'axis' },
      grid: { left: 48, right: 16, top: 32, bottom: many ? 96 : 40 },
      xAxis: { type: 'category', data: data.labels, axisLabel: { rotate: many ? 45 : 0, interval: 0 } },
      yAxis: targetValues.length === 0 ? { type: 'value', name: data.unit, scale: kind === 'line' } : {
        type: 'value', name: data.unit, scale: kind === 'line',
        // keep the plan's target lines and points in view; bars still start at 0
        min: kind === 'line' ? function (v) { return Math.floor(Math.min.apply(null, targetValues.concat([v.min]))); } : 0,
        max: function (v) { return Math.ceil(Math.max.apply(null, targetValues.concat([v.max]))); } },
      series: [{ name: data.name, type: kind, data: data.values, connectNulls: true,
        label: { show: !many, position: 'top' },
        markLine: (data.targets || []).length === 0 ? undefined : {
          symbol: 'none', lineStyle: { type: 'dashed', color: '#dc3545' },
          label: { formatter: function (p) { return p.name; }, position: 'insideEndTop' },
          data: data.targets.map(function (t) { return { yAxis: t.value, name: t.label }; })
        },
        markPoint: points.length === 0 ? undefined : {
          symbol: 'diamond', symbolSize: 14, itemStyle: { color: '#6f42c1' },
          label: { formatter: function (p) { return p.name; }, position: 'bottom', color: '#6f42c1' },
          data: points.map(function (p) { return { coord: [p.label, p.value], value: p.value, name: p.name }; })
        } }]
    });
    window.addEventListener('resize', function () { chart.resize(); });
  });
});

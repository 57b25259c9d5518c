// Draws an indicator's trend chart from the JSON in the canvas's data-indicator-chart attribute.
// Kept out of the page so that a Content-Security-Policy without inline scripts holds. A missing
// year is null: a gap in the line, never a zero. The table below the chart has the same numbers.
(function () {
  'use strict';

  function draw(canvas) {
    var data = JSON.parse(canvas.getAttribute('data-indicator-chart'));
    var datasets = [{
      label: data.valueLabel,
      data: data.values,
      borderColor: '#0b5ed7',
      backgroundColor: '#0b5ed7',
      spanGaps: false,
      pointRadius: 4
    }];
    if (data.targets.some(function (t) { return t !== null; })) {
      datasets.push({
        label: data.targetLabel,
        data: data.targets,
        borderColor: '#6c3483',
        backgroundColor: '#6c3483',
        borderDash: [6, 4],
        spanGaps: true,
        pointStyle: 'rectRot',
        pointRadius: 4
      });
    }
    if (data.baseline.some(function (b) { return b !== null; })) {
      datasets.push({
        label: data.baselineLabel,
        data: data.baseline,
        borderColor: '#495057',
        backgroundColor: '#495057',
        showLine: false,
        pointStyle: 'triangle',
        pointRadius: 6
      });
    }
    new Chart(canvas, {
      type: 'line',
      data: { labels: data.years, datasets: datasets },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        scales: { y: { grace: '10%', title: { display: !!data.unit, text: data.unit } } }
      }
    });
    canvas.setAttribute('data-chart-drawn', 'true');
  }

  function init() {
    if (typeof Chart === 'undefined') {
      return;
    }
    document.querySelectorAll('canvas[data-indicator-chart]').forEach(draw);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();

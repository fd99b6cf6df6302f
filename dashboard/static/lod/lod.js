/* Incident layer at any scale: H3 cells with exact sums when zoomed out, incidents when zoomed in.
   Everything is drawn on one Leaflet canvas; report texts only ever reach the page as textContent. */
(function () {
  if (window.L && L.lodLayer) return;

  function typed(b64, Type) {
    var bin = atob(b64), bytes = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    return new Type(bytes.buffer);
  }

  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (cls) node.className = cls;
    node.dir = 'auto';
    return node;
  }

  function row(box, label, value) {
    if (value === null || value === undefined || value === '') return;
    var line = el('div');
    line.appendChild(el('b', label + ': '));
    line.appendChild(el('span', value));
    box.appendChild(line);
  }

  // Sequential fill for cells by killed (light yellow to dark red), on a log scale within the level.
  var RAMP = [[255, 237, 160], [254, 178, 76], [240, 59, 32], [128, 0, 38]];
  function rampColour(t) {
    var x = Math.max(0, Math.min(1, t)) * (RAMP.length - 1), i = Math.min(RAMP.length - 2, Math.floor(x)), f = x - i;
    var c = RAMP[i].map(function (v, k) { return Math.round(v + (RAMP[i + 1][k] - v) * f); });
    return 'rgb(' + c.join(',') + ')';
  }

  // A hexagon that also draws its badge: the sum of killed, exact, on a white disc.
  var HexCell = L.Polygon.extend({
    _project: function () {
      L.Polygon.prototype._project.call(this);
      this._centrePx = this._map.latLngToLayerPoint(this.options.centre);
    },
    _updatePath: function () {
      L.Polygon.prototype._updatePath.call(this);
      var ctx = this._renderer._ctx, p = this._centrePx, size = this._pxBounds.getSize();
      if (!ctx || Math.min(size.x, size.y) < 22) return;
      var text = String(this.options.killed);
      ctx.globalAlpha = 1;
      ctx.font = 'bold 11px sans-serif';
      var r = Math.max(9, ctx.measureText(text).width / 2 + 4);
      ctx.beginPath();
      ctx.arc(p.x, p.y, r, 0, Math.PI * 2);
      ctx.fillStyle = 'rgba(255,255,255,0.92)';
      ctx.fill();
      ctx.lineWidth = 1.5;
      ctx.strokeStyle = '#4a0a12';
      ctx.stroke();
      ctx.fillStyle = '#1a1a1a';
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      ctx.fillText(text, p.x, p.y + 0.5);
    }
  });

  L.LodLayer = L.LayerGroup.extend({
    initialize: function (data, options) {
      L.LayerGroup.prototype.initialize.call(this, [], options);
      this._data = data;
      this._renderer = L.canvas({ padding: 0.5 });
      this._groups = {};
      this._current = null;
    },

    onAdd: function (map) {
      L.LayerGroup.prototype.onAdd.call(this, map);
      map.on('zoomend', this._sync, this);
      this._sync();
    },

    onRemove: function (map) {
      map.off('zoomend', this._sync, this);
      if (this._current) this.removeLayer(this._current);
      this._current = null;
      L.LayerGroup.prototype.onRemove.call(this, map);
    },

    // What the zoom needs: points from their min zoom, else the level covering it (or the nearest one).
    _key: function (zoom) {
      var d = this._data, best = null, gap = Infinity;
      if (d.points && zoom >= d.points.minZoom) return 'points';
      d.levels.forEach(function (level, i) {
        var g = zoom < level.minZoom ? level.minZoom - zoom : Math.max(0, zoom - level.maxZoom);
        if (g < gap) { gap = g; best = i; }
      });
      if (best === null) return d.points ? 'points' : null;
      return 'level' + best;
    },

    _sync: function () {
      var key = this._key(this._map.getZoom()), group = key && this._group(key);
      if (group !== this._current) {
        if (this._current) this.removeLayer(this._current);
        if (group) this.addLayer(group);
        this._current = group;
      }
      var map = this._map;
      L.Util.requestAnimFrame(function () {
        requestAnimationFrame(function () {
          window.__lodDrawn = performance.now();
          map.fire('lod:drawn');
        });
      });
    },

    _group: function (key) {
      if (!this._groups[key]) {
        this._groups[key] = key === 'points' ? this._pointGroup(this._data.points)
          : this._levelGroup(this._data.levels[Number(key.slice(5))]);
      }
      return this._groups[key];
    },

    _levelGroup: function (level) {
      var lat = typed(level.lat, Float64Array), lon = typed(level.lon, Float64Array),
        off = typed(level.offsets, Int16Array), count = typed(level.count, Float64Array),
        killed = typed(level.killed, Float64Array), wounded = typed(level.wounded, Float64Array),
        labels = this._data.labels, layers = [], top = 0, i;
      for (i = 0; i < killed.length; i++) top = Math.max(top, killed[i]);
      for (i = 0; i < lat.length; i++) {
        var ring = [];
        for (var v = 0; v < 6; v++) {
          ring.push([lat[i] + off[i * 12 + v * 2] * level.scale, lon[i] + off[i * 12 + v * 2 + 1] * level.scale]);
        }
        var cell = new HexCell(ring, {
          renderer: this._renderer, centre: L.latLng(lat[i], lon[i]), killed: killed[i],
          weight: 0.6, color: '#7a1020', opacity: 0.5,
          fillColor: killed[i] > 0 ? rampColour(Math.log1p(killed[i]) / Math.log1p(top)) : '#d9d9d9', fillOpacity: 0.55
        });
        cell.bindTooltip(this._cellTooltip(count[i], killed[i], wounded[i], labels), { sticky: true });
        layers.push(cell);
      }
      return L.featureGroup(layers);
    },

    _cellTooltip: function (count, killed, wounded, labels) {
      return function () {
        var box = el('div', null, 'lod-tip');
        box.appendChild(el('div', count + ' ' + labels.incidents));
        box.appendChild(el('div', killed + ' ' + labels.killed + ' · ' + wounded + ' ' + labels.wounded));
        return box;
      };
    },

    _pointGroup: function (p) {
      var lat = typed(p.lat, Float64Array), lon = typed(p.lon, Float64Array),
        killed = typed(p.killed, Float64Array), wounded = typed(p.wounded, Float64Array),
        colours = this._data.colours, layers = [];
      for (var i = 0; i < lat.length; i++) {
        var marker = L.circleMarker([lat[i], lon[i]], {
          renderer: this._renderer, radius: Math.min(30, 4 + 1.6 * Math.sqrt(killed[i] + wounded[i])),
          color: '#222', weight: 0.8, fillColor: colours[p.type[i]] || colours.Other, fillOpacity: 0.8,
          incidentId: p.id[i]
        });
        marker.bindTooltip(this._pointTooltip(p, i, killed[i], wounded[i]));
        marker.bindPopup(this._pointPopup(p, i, killed[i], wounded[i]), { maxWidth: 320 });
        layers.push(marker);
      }
      return L.featureGroup(layers);
    },

    _place: function (p, i) {
      var first = this._data.lang === 'ar' ? p.placeAr[i] : p.placeEn[i];
      return first || p.placeEn[i] || p.placeAr[i] || '';
    },

    _pointTooltip: function (p, i, killed, wounded) {
      var self = this, labels = this._data.labels;
      return function () {
        return el('div', [p.date[i], self._place(p, i), killed + ' ' + labels.killed].join(' · '), 'lod-tip');
      };
    },

    _pointPopup: function (p, i, killed, wounded) {
      var labels = this._data.labels, lang = this._data.lang;
      return function () {
        var box = el('div', null, 'lod-popup');
        box.dir = lang === 'ar' ? 'rtl' : 'ltr';
        row(box, labels.date, p.date[i]);
        row(box, labels.place, [p.placeEn[i], p.placeAr[i]].filter(Boolean).join(' / '));
        row(box, labels.type, [p.type[i], p.subType[i]].filter(Boolean).join(' · '));
        row(box, labels.actors, [p.actor1[i], p.actor2[i]].filter(Boolean).join(' — '));
        row(box, labels.killed, killed);
        row(box, labels.wounded, wounded);
        if (p.source[i] || p.url[i]) {
          var line = el('div');
          line.appendChild(el('b', labels.source + ': '));
          var link = el(p.url[i] ? 'a' : 'span', p.source[i] || p.url[i]);
          if (p.url[i] && /^https?:\/\//i.test(p.url[i])) {
            link.href = p.url[i];
            link.target = '_blank';
            link.rel = 'noopener noreferrer';
          }
          line.appendChild(link);
          box.appendChild(line);
        }
        if (p.excerpt[i]) box.appendChild(el('blockquote', p.excerpt[i], 'lod-excerpt'));
        return box;
      };
    }
  });

  L.lodLayer = function (data, options) { return new L.LodLayer(data, options); };
})();

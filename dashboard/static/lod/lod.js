/* Incident layer at any scale: H3 cells with exact sums when zoomed out, incidents when zoomed in.
   One Leaflet canvas renderer draws straight from typed arrays (no object per marker); hovering and
   clicking are hit-tested here. Report texts only ever reach the page as textContent. */
(function () {
  if (window.L && L.lodLayer) return;

  function typed(b64, Type) {
    var bin = atob(b64), bytes = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    return new Type(bytes.buffer);
  }

  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) {
      node.textContent = String(text);
      node.dir = 'auto';  // an Arabic place in an English popup (and the reverse) keeps its own direction
    }
    if (cls) node.className = cls;
    return node;
  }

  function row(box, label, value) {
    if (value === null || value === undefined || value === '') return;
    var line = el('div');
    line.appendChild(el('b', label + ': '));
    line.appendChild(el('span', value));
    box.appendChild(line);
  }

  // A casualty figure as the data give it: 'unknown' when no incident counted gives it (GED records no wounded),
  // 'given for n of m' when only some do: a sum of 0 filled in for the others is not '0 wounded'.
  function figure(labels, value, given, count, word) {
    if (given === 0) return word + ' ' + labels.unknown;
    var text = value + ' ' + word;
    if (given !== null && given < count) text += ' (' + labels.givenFor.replace('{n}', given).replace('{m}', count) + ')';
    return text;
  }

  function boxesApart(a, b) { return a[2] <= b[0] || b[2] <= a[0] || a[3] <= b[1] || b[3] <= a[1]; }

  // Does a disc at (x, y) of radius rad meet none of the boxes [left, top, right, bottom]?
  function clearOf(boxes, x, y, rad) {
    return boxes.every(function (b) { return x + rad <= b[0] || x - rad >= b[2] || y + rad <= b[1] || y - rad >= b[3]; });
  }

  // The nearest centre, at most `reach` away in one of twelve directions (at one distance, downward ones first),
  // where the disc meets no box; null where there is none.
  function aside(boxes, x, y, rad, reach) {
    for (var t = 2; t <= reach; t += 2) {
      for (var k = 0; k < 12; k++) {
        var a = Math.PI / 2 + (k % 2 ? -1 : 1) * Math.ceil(k / 2) * Math.PI / 6;
        var nx = x + t * Math.cos(a), ny = y + t * Math.sin(a);
        if (clearOf(boxes, nx, ny, rad)) return [nx, ny];
      }
    }
    return null;
  }

  // A point that stands for a district's or governorate's centre, not a town: a diamond, and said in the popup.
  function areaOnly(set, i) { return set.area ? set.area[i] : 0; }

  // Sequential fill for cells by killed (light yellow to dark red), on a log scale within the level.
  var RAMP = [[255, 237, 160], [254, 178, 76], [240, 59, 32], [128, 0, 38]];
  var CSS = '.lod-popup { text-align: start; } .lod-draft { font-weight: 700; color: #8a4b00; } .lod-incident + .lod-incident { border-top: 1px solid #ccc; margin-top: 6px; padding-top: 6px; }' +
    '.lod-excerpt { margin: 4px 0 0; padding-inline-start: 6px; border-inline-start: 3px solid #ccc; color: #333; }' +
    '.lod-more { margin-top: 6px; font-style: italic; }' +
    '.place-label.lod-covering { background: rgba(255,255,255,0.88); border-radius: 3px; padding: 0 3px; }';
  var STACK_SHOWN = 10;  // incidents listed in one popup; the rest are counted

  function rampColour(t) {
    var x = Math.max(0, Math.min(1, t)) * (RAMP.length - 1), i = Math.min(RAMP.length - 2, Math.floor(x)), f = x - i;
    var c = RAMP[i].map(function (v, k) { return Math.round(v + (RAMP[i + 1][k] - v) * f); });
    return 'rgb(' + c.join(',') + ')';
  }

  function decodeLevel(raw) {
    var level = {
      kind: 'cells', raw: raw, lat: typed(raw.lat, Float64Array), lon: typed(raw.lon, Float64Array),
      off: typed(raw.offsets, Int16Array), count: typed(raw.count, Float64Array),
      killed: typed(raw.killed, Float64Array), wounded: typed(raw.wounded, Float64Array), fill: [], px: {},
      killedGiven: raw.killedGiven ? typed(raw.killedGiven, Uint32Array) : null,  // null: every incident gives it
      woundedGiven: raw.woundedGiven ? typed(raw.woundedGiven, Uint32Array) : null,
      drafts: raw.drafts ? typed(raw.drafts, Uint32Array) : null  // null: no cell holds an unreviewed draft
    };
    var top = 0, i;
    for (i = 0; i < level.killed.length; i++) top = Math.max(top, level.killed[i]);
    for (i = 0; i < level.killed.length; i++) {
      level.fill.push(level.killed[i] > 0 ? rampColour(Math.log1p(level.killed[i]) / Math.log1p(top)) : '#d9d9d9');
    }
    return level;
  }

  function decodePoints(raw, colours) {
    var p = {
      kind: 'points', raw: raw, lat: typed(raw.lat, Float64Array), lon: typed(raw.lon, Float64Array),
      killed: typed(raw.killed, Float64Array), wounded: typed(raw.wounded, Float64Array), fill: [], radius: [], px: {},
      imprecise: raw.imprecise ? typed(raw.imprecise, Uint8Array) : null,
      killedKnown: raw.killedKnown ? typed(raw.killedKnown, Uint8Array) : null,
      woundedKnown: raw.woundedKnown ? typed(raw.woundedKnown, Uint8Array) : null,
      area: raw.area ? typed(raw.area, Uint8Array) : null,
      draft: raw.draft ? typed(raw.draft, Uint8Array) : null
    };
    for (var i = 0; i < p.lat.length; i++) {
      p.fill.push(colours[raw.type[i]] || colours.Other);
      p.radius.push(Math.min(30, 4 + 1.6 * Math.sqrt(p.killed[i] + p.wounded[i])));
    }
    return p;
  }

  L.LodLayer = L.Canvas.extend({
    options: { padding: 0.1, tolerance: 2 },

    initialize: function (data, options) {
      L.Canvas.prototype.initialize.call(this, options);
      if (!document.getElementById('lod-css')) {
        var style = document.createElement('style');
        style.id = 'lod-css';
        style.textContent = CSS;
        document.head.appendChild(style);
      }
      this._data = data;
      this._sets = {};
      this._hover = -1;
    },

    onRemove: function () {
      if (this._tip) this._map.closeTooltip(this._tip);
      this._labelBoxes();  // the names back at their points
      this._hover = -1;
      L.Canvas.prototype.onRemove.call(this);
    },

    // No Leaflet paths here: every update is one redraw from the arrays.
    _updatePaths: function () {
      if (!this._postponeUpdatePaths) this._redraw();
    },

    // What this zoom shows: points from their min zoom, else the level covering it (or the nearest one).
    shown: function () {
      var d = this._data, zoom = this._map.getZoom(), best = -1, gap = Infinity;
      if (d.points && zoom >= d.points.minZoom) return this._set('points');
      d.levels.forEach(function (level, i) {
        var g = zoom < level.minZoom ? level.minZoom - zoom : Math.max(0, zoom - level.maxZoom);
        if (g < gap) { gap = g; best = i; }
      });
      if (best >= 0) return this._set(best);
      return d.points ? this._set('points') : null;
    },

    _set: function (key) {
      if (!this._sets[key]) {
        this._sets[key] = key === 'points' ? decodePoints(this._data.points, this._data.colours)
          : decodeLevel(this._data.levels[key]);
      }
      return this._sets[key];
    },

    // Pixel coordinates (at the map's zoom, relative to the layer origin) of centres and, for cells, vertices.
    _pixels: function (set) {
      var map = this._map, zoom = map.getZoom(), px = set.px[zoom];
      if (!px) {
        var n = set.lat.length, x = new Float64Array(n), y = new Float64Array(n), vx = null, vy = null, i, v, p;
        for (i = 0; i < n; i++) {
          p = map.project([set.lat[i], set.lon[i]], zoom);
          x[i] = p.x; y[i] = p.y;
        }
        if (set.kind === 'cells') {
          vx = new Float64Array(n * 6); vy = new Float64Array(n * 6);
          var scale = set.raw.scale;
          for (i = 0; i < n; i++) {
            for (v = 0; v < 6; v++) {
              p = map.project([set.lat[i] + set.off[i * 12 + v * 2] * scale,
                set.lon[i] + set.off[i * 12 + v * 2 + 1] * scale], zoom);
              vx[i * 6 + v] = p.x; vy[i * 6 + v] = p.y;
            }
          }
        }
        px = set.px = {};
        px[zoom] = { x: x, y: y, vx: vx, vy: vy };
        px = px[zoom];
      }
      var o = map.getPixelOrigin();
      return { x: px.x, y: px.y, vx: px.vx, vy: px.vy, ox: o.x, oy: o.y };
    },

    _draw: function () {
      var set = this.shown();
      if (!set) return;
      var ctx = this._ctx, b = this._bounds, p = this._pixels(set), i, n = set.lat.length;
      if (set.kind === 'cells') this._drawCells(ctx, b, p, set, n);
      else this._drawPoints(ctx, b, p, set, n);
      if (!this._signalled) {
        this._signalled = true;
        var map = this._map;
        requestAnimationFrame(function () {
          requestAnimationFrame(function () {
            window.__lodDrawn = performance.now();
            map.fire('lod:drawn');
          });
        });
      }
    },

    _drawCells: function (ctx, b, p, set, n) {
      var i, v, cx, cy, r, labels = [];
      ctx.lineWidth = 0.6;
      ctx.strokeStyle = 'rgba(122,16,32,0.5)';
      for (i = 0; i < n; i++) {
        cx = p.x[i] - p.ox; cy = p.y[i] - p.oy;
        r = Math.abs(p.vx[i * 6] - p.x[i]) + Math.abs(p.vy[i * 6] - p.y[i]);
        if (cx + r < b.min.x || cx - r > b.max.x || cy + r < b.min.y || cy - r > b.max.y) continue;
        ctx.beginPath();
        for (v = 0; v < 6; v++) {
          ctx[v ? 'lineTo' : 'moveTo'](p.vx[i * 6 + v] - p.ox, p.vy[i * 6 + v] - p.oy);
        }
        ctx.closePath();
        ctx.globalAlpha = 0.55;
        ctx.fillStyle = set.fill[i];
        ctx.fill();
        ctx.globalAlpha = 1;
        ctx.stroke();
        if (r >= 14) labels.push(i);
      }
      // Badges: the exact sum of killed of each cell, on a white disc, stepping aside from the place names (a
      // capital's name sits where its cell's badge would: one hid the other).
      ctx.font = 'bold 11px sans-serif';
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      ctx.lineWidth = 1.5;
      ctx.strokeStyle = '#4a0a12';
      var names = this._labelBoxes(), badges = this._badges = labels.map(function (i) {
        var text = String(set.killed[i]);
        return { text: text, x: p.x[i] - p.ox, y: p.y[i] - p.oy, rad: Math.max(9, ctx.measureText(text).width / 2 + 4),
          reach: Math.hypot(p.vx[i * 6] - p.x[i], p.vy[i * 6] - p.y[i]) };  // its centre stays on its cell
      });
      if (names.length) {
        badges.forEach(function (badge) {  // clear of the names and of the other badges
          if (clearOf(names, badge.x, badge.y, badge.rad)) return;
          var near = badge.reach + badge.rad + 16;
          var others = badges.filter(function (o) {
            return o !== badge && Math.abs(o.x - badge.x) < near + o.rad && Math.abs(o.y - badge.y) < near + o.rad;
          }).map(function (o) {
            return [o.x - o.rad, o.y - o.rad, o.x + o.rad, o.y + o.rad];
          });
          var at = aside(names.concat(others), badge.x, badge.y, badge.rad, badge.reach);
          if (at) {
            badge.x = at[0]; badge.y = at[1];
            return;
          }
          names.forEach(function (b) {  // no room on its cell: the name moves above or below it, if that is clear,
            // once, only off the badge of the cell its place is in, and never nearer another name's place than its
            // own (moved off every badge it met, at zoom 4-5 where badges are large a name drifted over other
            // towns and read as theirs)
            if (b[7] || Math.hypot(b[5] - badge.x, b[6] - badge.y) > badge.reach) return;
            if (clearOf([b], badge.x, badge.y, badge.rad)) return;
            var rest = names.filter(function (o) { return o !== b; }).concat(others), moves = [
              badge.y - badge.rad - 1 - b[3], badge.y + badge.rad + 1 - b[1]];
            moves.sort(function (m, n) { return Math.abs(m) - Math.abs(n); });
            var best = null, bestHits = Infinity;
            moves.forEach(function (dy) {
              var moved = [b[0], b[1] + dy, b[2], b[3] + dy], x = (b[0] + b[2]) / 2, y = (b[1] + b[3]) / 2 + dy;
              var own = Math.hypot(x - b[5], y - b[6]);
              if (names.some(function (o) { return o !== b && Math.hypot(x - o[5], y - o[6]) < own; })) return;
              if (!names.every(function (o) { return o === b || boxesApart(o, moved); })) return;
              var hits = rest.filter(function (o) { return !boxesApart(o, moved); }).length;
              if (hits < bestHits) { best = dy; bestHits = hits; }
            });
            if (best === null) return;  // the name stays over the badge
            b[4].style.marginTop = best + 'px';
            b[1] += best; b[3] += best; b[7] = true;
          });
        });
        names.forEach(function (b) {  // a name still over a badge gets a backing, so it reads over the number
          if (!badges.every(function (o) { return clearOf([b], o.x, o.y, o.rad); })) b[4].classList.add('lod-covering');
        });
      }
      badges.forEach(function (badge) {
        ctx.beginPath();
        ctx.arc(badge.x, badge.y, badge.rad, 0, Math.PI * 2);
        ctx.fillStyle = 'rgba(255,255,255,0.92)';
        ctx.fill();
        ctx.stroke();
        ctx.fillStyle = '#1a1a1a';
        ctx.fillText(badge.text, badge.x, badge.y + 0.5);
      });
    },

    // The boxes of the place names on the map (dashboard.map.PlaceLabels: a name centred on its marker's point,
    // which is its place or just above or below it), in layer pixels as the cells are drawn: [left, top, right,
    // bottom, node, place x, place y, moved].
    _labelBoxes: function () {
      var map = this._map, boxes = [];
      map.eachLayer(function (layer) {
        var icon = layer.options && layer.options.icon, node = layer._icon && layer._icon.firstChild;
        if (!icon || icon.options.className !== 'place-label-icon' || !node) return;
        node.style.marginTop = '';  // where a badge last moved it
        node.classList.remove('lod-covering');
        var at = map.latLngToLayerPoint(layer.getLatLng()), w = node.offsetWidth / 2, h = node.offsetHeight / 2;
        var place = map.latLngToLayerPoint(layer.options.place || layer.getLatLng());  // (PlaceLabels may set
        // the name just above or below its place)
        boxes.push([at.x - w - 1, at.y - h, at.x + w + 1, at.y + h, node, place.x, place.y, false]);
      });
      return boxes;
    },

    // An incident whose date is known only roughly (week, month, range) is paler with a dashed ring; one located
    // only to a district or governorate (its point is the area's centre) is a diamond, not a town's circle; an
    // unreviewed draft is hollow: white inside a thick ring of its type's colour.
    _drawPoints: function (ctx, b, p, set, n) {
      ctx.lineWidth = 0.8;
      ctx.strokeStyle = '#222';
      for (var i = 0; i < n; i++) {
        var x = p.x[i] - p.ox, y = p.y[i] - p.oy, r = set.radius[i], rough = set.imprecise && set.imprecise[i];
        if (x + r < b.min.x || x - r > b.max.x || y + r < b.min.y || y - r > b.max.y) continue;
        ctx.beginPath();
        if (areaOnly(set, i)) {
          ctx.moveTo(x, y - r * 1.25); ctx.lineTo(x + r * 1.25, y); ctx.lineTo(x, y + r * 1.25); ctx.lineTo(x - r * 1.25, y);
          ctx.closePath();
        } else {
          ctx.arc(x, y, r, 0, Math.PI * 2);
        }
        var draft = set.draft && set.draft[i];
        ctx.globalAlpha = rough ? 0.4 : draft ? 0.9 : 0.8;
        ctx.fillStyle = draft ? '#fff' : set.fill[i];
        ctx.fill();
        ctx.globalAlpha = 1;
        ctx.setLineDash(rough ? [3, 2] : []);
        if (draft) {
          ctx.lineWidth = 2.5;
          ctx.strokeStyle = set.fill[i];
        }
        ctx.stroke();
        if (draft) {
          ctx.lineWidth = 0.8;
          ctx.strokeStyle = '#222';
        }
      }
      ctx.setLineDash([]);
    },

    // The item under a layer point: the topmost circle, or the cell whose centre is nearest (hexagons tile).
    _hit: function (point) {
      var set = this.shown();
      if (!set) return -1;
      var p = this._pixels(set), x = point.x + p.ox, y = point.y + p.oy, tol = this.options.tolerance, i, d, r;
      if (set.kind === 'points') {
        for (i = set.lat.length - 1; i >= 0; i--) {
          r = set.radius[i] + tol;
          if ((p.x[i] - x) * (p.x[i] - x) + (p.y[i] - y) * (p.y[i] - y) <= r * r) return i;
        }
        return -1;
      }
      var best = -1, bestD = Infinity;
      for (i = 0; i < set.lat.length; i++) {
        d = (p.x[i] - x) * (p.x[i] - x) + (p.y[i] - y) * (p.y[i] - y);
        r = Math.hypot(p.vx[i * 6] - p.x[i], p.vy[i * 6] - p.y[i]);
        if (d <= r * r && d < bestD) { best = i; bestD = d; }
      }
      return best;
    },

    _onMouseMove: function (e) {
      var map = this._map;
      if (!map || map.dragging.moving() || map._animatingZoom) return;
      var i = this._hit(map.mouseEventToLayerPoint(e)), set = this.shown();
      this._container.style.cursor = i >= 0 ? 'pointer' : '';
      if (i !== this._hover || set !== this._hoverSet) {
        this._hover = i;
        this._hoverSet = set;
        if (i < 0) {
          if (this._tip) map.closeTooltip(this._tip);
        } else {
          this._tip = this._tip || L.tooltip({ direction: 'top', offset: [0, -8], opacity: 0.95 });
          this._tip.setLatLng([set.lat[i], set.lon[i]]).setContent(this._tooltip(set, i));
          map.openTooltip(this._tip);
        }
      }
      this._fireEvent(false, e);
    },

    _handleMouseOut: function (e) {
      if (this._tip && this._map) this._map.closeTooltip(this._tip);
      this._hover = -1;
      this._fireEvent(false, e);
    },

    _onClick: function (e) {
      var map = this._map, i = this._hit(map.mouseEventToLayerPoint(e)), set = this.shown();
      this._fireEvent(false, e);
      if (e.type !== 'click' || map._draggableMoved(this)) return;
      if (i < 0) {
        this.fire('select', { id: null });  // a click beside every incident selects none of them
        return;
      }
      if (set.kind === 'points') {
        var box = el('div', null, 'lod-popup'), here = this._stack(set, i), self = this;
        box.dir = this._data.lang === 'ar' ? 'rtl' : 'ltr';
        here.slice(0, STACK_SHOWN).forEach(function (j) { box.appendChild(self._popup(set, j)); });
        if (here.length > STACK_SHOWN) box.appendChild(el('div', '+ ' + (here.length - STACK_SHOWN) + ' ' + this._data.labels.incidents, 'lod-more'));
        L.popup({ maxWidth: 340, maxHeight: 360 }).setLatLng([set.lat[i], set.lon[i]]).setContent(box).openOn(map);
        this.fire('select', { id: set.raw.id[i], latlng: L.latLng(set.lat[i], set.lon[i]) });
      } else {
        map.setView([set.lat[i], set.lon[i]], Math.min(map.getZoom() + 2, map.getMaxZoom()));
      }
    },

    // The incidents drawn at exactly the same place as point i (reports often share a town's point), i first.
    _stack: function (set, i) {
      var here = [i];
      for (var j = set.lat.length - 1; j >= 0; j--) {
        if (j !== i && set.lat[j] === set.lat[i] && set.lon[j] === set.lon[i]) here.push(j);
      }
      return here;
    },

    _place: function (raw, i) {
      var first = this._data.lang === 'ar' ? raw.placeAr[i] : raw.placeEn[i];
      return first || raw.placeEn[i] || raw.placeAr[i] || '';
    },

    _tooltip: function (set, i) {
      var labels = this._data.labels, box = el('div', null, 'lod-tip');
      if (set.kind === 'cells') {
        var n = set.count[i];
        box.appendChild(el('div', n + ' ' + labels.incidents));
        box.appendChild(el('div', figure(labels, set.killed[i], set.killedGiven ? set.killedGiven[i] : null, n, labels.killed)
          + ' · ' + figure(labels, set.wounded[i], set.woundedGiven ? set.woundedGiven[i] : null, n, labels.wounded)));
        if (set.drafts && set.drafts[i]) box.appendChild(el('div', set.drafts[i] + ' ' + labels.drafts, 'lod-draft'));
      } else {
        box.appendChild(el('div', [set.raw.date[i], this._place(set.raw, i),
          figure(labels, set.killed[i], this._known(set, 'killedKnown', i), 1, labels.killed)].filter(Boolean).join(' · ')));
        if (areaOnly(set, i)) box.appendChild(el('div', labels['areaOnly' + areaOnly(set, i)]));
        var more = this._stack(set, i).length - 1;
        if (more) box.appendChild(el('div', '+ ' + more + ' ' + labels.incidents));
      }
      return box;
    },

    // 1 when the source gives this figure for point i, 0 when not (older payloads: given).
    _known: function (set, name, i) { return set[name] ? set[name][i] : null; },

    _popup: function (set, i) {
      var labels = this._data.labels, p = set.raw, box = el('div', null, 'lod-incident');
      var place = [p.placeEn[i], p.placeAr[i]].filter(Boolean).join(' / ');
      if (set.draft && set.draft[i]) box.appendChild(el('div', labels.draft, 'lod-draft'));
      row(box, labels.date, p.date[i]);
      row(box, labels.place, areaOnly(set, i) ? (place ? place + ' — ' : '') + labels['areaOnly' + areaOnly(set, i)] : place);
      row(box, labels.type, [p.type[i], p.subType[i]].filter(Boolean).join(' · '));
      row(box, labels.actors, [p.actor1[i], p.actor2[i]].filter(Boolean).join(' — '));
      row(box, labels.killedRow || labels.killed, this._known(set, 'killedKnown', i) === 0 ? labels.unknown : set.killed[i]);
      row(box, labels.woundedRow || labels.wounded, this._known(set, 'woundedKnown', i) === 0 ? labels.unknown : set.wounded[i]);
      if (p.source[i] || p.url[i]) {
        var line = el('div'), link = el(p.url[i] ? 'a' : 'span', p.source[i] || p.url[i]);
        line.appendChild(el('b', labels.source + ': '));
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
    }
  });

  L.lodLayer = function (data, options) { return new L.LodLayer(data, options); };
})();

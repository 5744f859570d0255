//! Python bindings: `sach.clean`, `sach.Pipeline`, and the results they return.
//!
//! The document is cleaned with the GIL released, so threads of one Python process clean in
//! parallel. A result keeps the edits as Rust values and builds Python objects for them only when
//! `.edits` is read: most callers of a corpus pipeline only want `.text`.

use std::sync::Arc;

use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict, PyList, PyString};
use sach::report::DocReport;
use sach::FormatHint;

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// A configured pipeline, reused across documents.
#[pyclass(module = "sach._sach", frozen)]
struct Pipeline {
    inner: Arc<sach::pipeline::Pipeline>,
}

#[pymethods]
impl Pipeline {
    /// `config`: the contents of a `sach.toml` (a string) or the same as a dict; default: sach's
    /// defaults.
    #[new]
    #[pyo3(signature = (config=None))]
    fn new(config: Option<&Bound<'_, PyAny>>) -> PyResult<Self> {
        let config = match config {
            None => sach::config::Config::default(),
            Some(c) => parse_config(c)?,
        };
        Ok(Pipeline {
            inner: Arc::new(sach::pipeline::Pipeline::new(config)),
        })
    }

    /// Cleans one document (`str` or `bytes`; bytes are decoded as sach decodes files).
    #[pyo3(signature = (document, *, format=None, name="<document>"))]
    fn clean(
        &self,
        py: Python<'_>,
        document: &Bound<'_, PyAny>,
        format: Option<&str>,
        name: &str,
    ) -> PyResult<CleanResult> {
        let hint = match format {
            None => FormatHint::Sniff,
            Some("text") => FormatHint::Text,
            Some("html") => FormatHint::Html,
            Some(other) => {
                return Err(PyValueError::new_err(format!(
                    "format must be None, \"text\" or \"html\", not {other:?}"
                )))
            }
        };
        let pipeline = &self.inner;
        let run = |bytes: &[u8]| {
            py.allow_threads(|| {
                sach::process_with(pipeline, bytes, hint, None)
                    .map(|doc| (DocReport::new(name, &doc), doc.cleaned.text))
                    .map_err(|e| e.to_string())
            })
        };
        let done = if let Ok(b) = document.downcast::<PyBytes>() {
            run(b.as_bytes())
        } else if let Ok(s) = document.downcast::<PyString>() {
            run(s.to_cow()?.as_bytes())
        } else {
            return Err(PyTypeError::new_err("document must be str or bytes"));
        };
        let (report, text) = done.map_err(|e| PyValueError::new_err(format!("{name}: {e}")))?;
        Ok(CleanResult { text, report })
    }
}

fn parse_config(c: &Bound<'_, PyAny>) -> PyResult<sach::config::Config> {
    let toml_text = if let Ok(s) = c.extract::<String>() {
        s
    } else if c.downcast::<PyDict>().is_ok() {
        // dict → JSON (Python's own encoder) → TOML: the config's one parser and its checks
        let json: String = c
            .py()
            .import("json")?
            .call_method1("dumps", (c,))?
            .extract()?;
        let value: serde_json::Value =
            serde_json::from_str(&json).map_err(|e| PyValueError::new_err(e.to_string()))?;
        toml::to_string(&value).map_err(|e| PyValueError::new_err(format!("config: {e}")))?
    } else {
        return Err(PyTypeError::new_err(
            "config must be a TOML string or a dict",
        ));
    };
    sach::config::Config::from_toml(&toml_text)
        .map_err(|e| PyValueError::new_err(format!("config: {e}")))
}

/// What cleaning one document gave.
#[pyclass(module = "sach._sach", frozen)]
struct CleanResult {
    #[pyo3(get)]
    text: String,
    report: DocReport,
}

#[pymethods]
impl CleanResult {
    /// Every edit and finding, in the order they were made.
    #[getter]
    fn edits<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        let edits = self.report.edit_lines().map(|e| Edit {
            rule: e.rule.code,
            name: e.rule.name,
            span: (e.span.start, e.span.end),
            line: e.line,
            column: e.col,
            operation: e.op,
            before: e.before.map(str::to_string),
            after: e.after.map(str::to_string),
            reason: e.reason.to_string(),
        });
        PyList::new(
            py,
            edits
                .map(|e| Py::new(py, e))
                .collect::<PyResult<Vec<_>>>()?,
        )
    }

    /// Title, URL, date, author… found in the document (`None` where not found).
    #[getter]
    fn metadata<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        let meta = self.report.stats.as_ref().map(|s| &s.metadata);
        let value = serde_json::to_value(meta).map_err(|e| PyValueError::new_err(e.to_string()))?;
        to_python(py, &value)
    }

    /// `"text"` or `"html"`.
    #[getter]
    fn format(&self) -> Option<String> {
        let s = self.report.stats.as_ref()?;
        serde_json::to_value(s.format)
            .ok()?
            .as_str()
            .map(str::to_string)
    }

    /// The encoding the input was decoded from.
    #[getter]
    fn encoding(&self) -> Option<&'static str> {
        self.report.stats.as_ref().map(|s| s.encoding)
    }

    fn __repr__(&self) -> String {
        format!(
            "<sach.CleanResult: {} chars, {} edits>",
            self.text.chars().count(),
            self.report.edits.len()
        )
    }
}

/// One edit or finding: the rule, where in the decoded input (byte span; 1-based line and
/// column), what was done and why.
#[pyclass(module = "sach._sach", frozen, get_all)]
struct Edit {
    rule: &'static str,
    name: &'static str,
    span: (usize, usize),
    line: usize,
    column: usize,
    /// "replace", "delete", "insert" or "report" (a finding that changes nothing).
    operation: &'static str,
    before: Option<String>,
    after: Option<String>,
    reason: String,
}

#[pymethods]
impl Edit {
    fn __repr__(&self) -> String {
        format!(
            "<sach.Edit {} {} {}:{} {:?}>",
            self.rule, self.operation, self.line, self.column, self.reason
        )
    }
}

fn to_python<'py>(py: Python<'py>, v: &serde_json::Value) -> PyResult<Bound<'py, PyAny>> {
    use pyo3::IntoPyObjectExt;
    use serde_json::Value;
    Ok(match v {
        Value::Null => py.None().into_bound(py),
        Value::Bool(b) => b.into_bound_py_any(py)?,
        Value::Number(n) => match n.as_i64() {
            Some(i) => i.into_bound_py_any(py)?,
            None => n.as_f64().unwrap_or(f64::NAN).into_bound_py_any(py)?,
        },
        Value::String(s) => s.into_bound_py_any(py)?,
        Value::Array(a) => {
            let items = a
                .iter()
                .map(|x| to_python(py, x))
                .collect::<PyResult<Vec<_>>>()?;
            PyList::new(py, items)?.into_any()
        }
        Value::Object(o) => {
            let d = PyDict::new(py);
            for (k, x) in o {
                d.set_item(k, to_python(py, x)?)?;
            }
            d.into_any()
        }
    })
}

/// The rule codes and names, for documentation and stats.
#[pyfunction]
fn rules() -> Vec<(&'static str, &'static str)> {
    sach::rule::all().iter().map(|r| (r.code, r.name)).collect()
}

#[pymodule]
fn _sach(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Pipeline>()?;
    m.add_class::<CleanResult>()?;
    m.add_class::<Edit>()?;
    m.add_function(wrap_pyfunction!(rules, m)?)?;
    Ok(())
}
